//! Money for the plan (plan 42, section IV): where a budget line's money
//! comes from, and the sums a line, a task and a plan add up to.

use crate::Lang;

string_enum! {
    /// Where a budget line's money comes from.
    pub enum FundingSource {
        /// The city's budget (ngân sách thành phố).
        CityBudget => "city_budget",
        /// The ward's or commune's budget (ngân sách phường, xã).
        WardBudget => "ward_budget",
        /// Sponsors, projects and other lawful sources.
        Other => "other",
    }
}

impl FundingSource {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FundingSource::CityBudget, Lang::Vi) => "Ngân sách thành phố",
            (FundingSource::CityBudget, Lang::En) => "City budget",
            (FundingSource::WardBudget, Lang::Vi) => "Ngân sách phường, xã",
            (FundingSource::WardBudget, Lang::En) => "Ward budget",
            (FundingSource::Other, Lang::Vi) => "Nguồn khác",
            (FundingSource::Other, Lang::En) => "Other sources",
        }
    }
}

/// The largest amount of one line or one spending, in đồng: ten thousand
/// billion, far above any programme's money and exact in a spreadsheet.
pub const MAX_VND: i64 = 10_000_000_000_000;

/// Allocated, spent and what is left, in đồng.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sums {
    pub allocated: i64,
    pub spent: i64,
}

impl std::ops::Add for Sums {
    type Output = Sums;

    fn add(self, other: Sums) -> Sums {
        Sums {
            allocated: self.allocated + other.allocated,
            spent: self.spent + other.spent,
        }
    }
}

impl Sums {
    pub fn remaining(self) -> i64 {
        self.allocated - self.spent
    }

    /// Whether spending `amount` more stays within what was allocated.
    pub fn can_spend(self, amount: i64) -> bool {
        amount <= self.remaining()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_add_up_and_refuse_what_is_not_left() {
        let line = Sums {
            allocated: 10_000_000,
            spent: 7_500_000,
        };
        assert_eq!(line.remaining(), 2_500_000);
        assert!(line.can_spend(2_500_000));
        assert!(!line.can_spend(2_500_001));
        let other = Sums {
            allocated: 1,
            spent: 2,
        };
        assert_eq!((line + other).remaining(), 2_499_999);
    }

    #[test]
    fn sources_round_trip() {
        assert_eq!(
            FundingSource::parse("ward_budget"),
            Some(FundingSource::WardBudget)
        );
        assert_eq!(FundingSource::Other.label(Lang::Vi), "Nguồn khác");
    }
}
