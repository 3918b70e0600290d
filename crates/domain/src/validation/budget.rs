//! The checks of a budget line and of money spent from it. What depends
//! on stored sums (what is left, what was spent) is checked where they
//! are read, with the line locked.

use chrono::NaiveDate;

use crate::api::budget::{BookClaimsInput, BudgetLineInput, SpendingInput};
use crate::budget::MAX_VND;
use crate::validation::{Checker, Rule};

/// At most this many claims booked at once.
pub const MAX_CLAIMS: usize = 500;

impl BudgetLineInput {
    /// The line as typed, cleaned: a title, an amount between nothing and
    /// [`MAX_VND`].
    pub fn check(&self, check: &mut Checker) -> BudgetLineInput {
        check.unless(
            (0..=MAX_VND).contains(&self.allocated_vnd),
            "allocated_vnd",
            Rule::Range {
                min: 0,
                max: MAX_VND,
            },
        );
        BudgetLineInput {
            title: check.text("title", &self.title, 1, 500),
            note: check.text("note", &self.note, 0, 2000),
            ..self.clone()
        }
    }
}

impl SpendingInput {
    /// The spending as typed, cleaned: a day within `period` and not after
    /// `today`, a purpose, an amount of at least one đồng.
    pub fn check(
        &self,
        check: &mut Checker,
        today: NaiveDate,
        period: (NaiveDate, NaiveDate),
    ) -> SpendingInput {
        check.unless(
            (1..=MAX_VND).contains(&self.amount_vnd),
            "amount_vnd",
            Rule::Range {
                min: 1,
                max: MAX_VND,
            },
        );
        if self.spent_on > today {
            check.add("spent_on", Rule::DayInFuture { today });
        } else {
            check.unless(
                (period.0..=period.1).contains(&self.spent_on),
                "spent_on",
                Rule::OutsidePeriod {
                    from: period.0,
                    to: period.1,
                },
            );
        }
        SpendingInput {
            purpose: check.text("purpose", &self.purpose, 1, 2000),
            ..self.clone()
        }
    }
}

impl BookClaimsInput {
    /// One to [`MAX_CLAIMS`] claims, each once.
    pub fn check(&self, check: &mut Checker) {
        check.unless(!self.claim_ids.is_empty(), "claim_ids", Rule::Required);
        check.unless(
            self.claim_ids.len() <= MAX_CLAIMS,
            "claim_ids",
            Rule::Range {
                min: 1,
                max: MAX_CLAIMS as i64,
            },
        );
        let mut seen = self.claim_ids.clone();
        seen.sort_unstable();
        seen.dedup();
        check.unless(
            seen.len() == self.claim_ids.len(),
            "claim_ids",
            Rule::Duplicate,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::FundingSource;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn codes(check: Checker) -> Vec<(String, &'static str)> {
        check
            .finish()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.field, v.rule.code()))
            .collect()
    }

    #[test]
    fn a_line_has_a_title_and_an_amount_in_range() {
        let mut check = Checker::new();
        let cleaned = BudgetLineInput {
            task_id: None,
            source: FundingSource::WardBudget,
            title: "  Thù lao hòa giải viên ".into(),
            allocated_vnd: MAX_VND,
            note: String::new(),
        }
        .check(&mut check);
        assert_eq!(cleaned.title, "Thù lao hòa giải viên");
        assert!(codes(check).is_empty());
        let mut check = Checker::new();
        BudgetLineInput {
            task_id: None,
            source: FundingSource::Other,
            title: " ".into(),
            allocated_vnd: -1,
            note: String::new(),
        }
        .check(&mut check);
        assert_eq!(
            codes(check),
            [
                ("allocated_vnd".to_owned(), "out_of_range"),
                ("title".to_owned(), "required")
            ]
        );
    }

    #[test]
    fn spending_falls_within_the_period_and_not_ahead_of_today() {
        let period = (day(2026, 1, 1), day(2026, 12, 31));
        let spend = |on, amount| {
            let mut check = Checker::new();
            SpendingInput {
                spent_on: on,
                purpose: "Mua tài liệu".into(),
                amount_vnd: amount,
            }
            .check(&mut check, day(2026, 12, 4), period);
            codes(check)
        };
        assert!(spend(day(2026, 12, 4), 1).is_empty());
        assert_eq!(
            spend(day(2026, 12, 5), 1),
            [("spent_on".to_owned(), "day_in_future")]
        );
        assert_eq!(
            spend(day(2025, 12, 31), 1),
            [("spent_on".to_owned(), "outside_period")]
        );
        assert_eq!(
            spend(day(2026, 3, 1), 0),
            [("amount_vnd".to_owned(), "out_of_range")]
        );
    }

    #[test]
    fn claims_are_named_once_each() {
        let mut check = Checker::new();
        BookClaimsInput {
            claim_ids: vec![3, 4, 3],
        }
        .check(&mut check);
        assert_eq!(codes(check), [("claim_ids".to_owned(), "duplicate")]);
        let mut check = Checker::new();
        BookClaimsInput { claim_ids: vec![] }.check(&mut check);
        assert_eq!(codes(check), [("claim_ids".to_owned(), "required")]);
    }
}
