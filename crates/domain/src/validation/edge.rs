//! What every value must be before it may reach storage, whatever the
//! field: text without NUL characters (PostgreSQL cannot store them), days
//! and years inside the calendar HGCS keeps (PostgreSQL's own range is far
//! wider, but a day in 4714 BC is a typing mistake, not a record). The API
//! applies these to every query, form and JSON body before a handler runs
//! (`hgcs_api::edge`); the types' own `validate()` then check the rules of
//! their fields.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};

use super::Rule;

/// The years HGCS accepts in any day or year field.
pub const YEARS: RangeInclusive<i32> = 1900..=2199;

/// The rule a text value breaks, if any.
pub fn text(value: &str) -> Option<Rule> {
    value.contains('\0').then_some(Rule::NulCharacter)
}

/// The rule a text value breaks when it is a day (`YYYY-MM-DD`, the only
/// form days take in the API) outside [`YEARS`]. Text that is not a day is
/// not this rule's business.
pub fn day_text(value: &str) -> Option<Rule> {
    let day = value.parse::<NaiveDate>().ok()?;
    (!YEARS.contains(&day.year())).then_some(Rule::DayOutOfRange)
}

/// The rule a year breaks, if any.
pub fn year(value: i64) -> Option<Rule> {
    let inside = i32::try_from(value).is_ok_and(|year| YEARS.contains(&year));
    (!inside).then_some(Rule::YearOutOfRange)
}

/// Whether a field holds a year, by its name: `year`, `birth_year`, …
pub fn is_year_field(name: &str) -> bool {
    name == "year" || name.ends_with("_year")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_refused_anywhere_in_text() {
        assert_eq!(text("a\0b"), Some(Rule::NulCharacter));
        assert_eq!(text("\0"), Some(Rule::NulCharacter));
        assert_eq!(text("hòa giải"), None);
    }

    #[test]
    fn days_outside_the_calendar_are_refused() {
        assert_eq!(day_text("-4714-01-01"), Some(Rule::DayOutOfRange));
        assert_eq!(day_text("+20000-01-01"), Some(Rule::DayOutOfRange));
        assert_eq!(day_text("1899-12-31"), Some(Rule::DayOutOfRange));
        assert_eq!(day_text("2200-01-01"), Some(Rule::DayOutOfRange));
        assert_eq!(day_text("1900-01-01"), None);
        assert_eq!(day_text("2199-12-31"), None);
        assert_eq!(day_text("not a day"), None);
    }

    #[test]
    fn years_outside_the_calendar_are_refused() {
        assert_eq!(year(-4714), Some(Rule::YearOutOfRange));
        assert_eq!(year(i64::MAX), Some(Rule::YearOutOfRange));
        assert_eq!(year(1899), Some(Rule::YearOutOfRange));
        assert_eq!(year(2025), None);
        assert!(is_year_field("year") && is_year_field("birth_year"));
        assert!(!is_year_field("years_active"));
    }
}
