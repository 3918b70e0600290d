//! The national programmes (đề án) that plans implement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ProgrammeId;

/// A national programme, e.g. QĐ 428/QĐ-TTg for 2019–2022. Plans whose
/// period starts in one of its years are grouped under it, and pilot
/// models are registered for a year of some programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: ProgrammeId,
    /// The deciding document as written: "428/QĐ-TTg".
    pub decision: String,
    pub decided_on: NaiveDate,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
}

impl Programme {
    /// Whether `year` is one of the programme's years.
    pub fn holds(&self, year: i32) -> bool {
        (self.first_year..=self.last_year).contains(&year)
    }
}

/// The programme among `programmes` that holds `year`, if any.
pub fn holding(programmes: &[Programme], year: i32) -> Option<&Programme> {
    programmes.iter().find(|programme| programme.holds(year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_belongs_to_the_programme_whose_years_hold_it() {
        let programme = |id, first_year, last_year| Programme {
            id: ProgrammeId(id),
            decision: String::new(),
            decided_on: NaiveDate::MIN,
            name: String::new(),
            first_year,
            last_year,
        };
        let both = [programme(1, 2019, 2022), programme(2, 2024, 2030)];
        let found = |year| holding(&both, year).map(|p| p.id.0);
        assert_eq!(found(2019), Some(1));
        assert_eq!(found(2022), Some(1));
        assert_eq!(found(2023), None);
        assert_eq!(found(2024), Some(2));
        assert_eq!(found(2031), None);
    }
}
