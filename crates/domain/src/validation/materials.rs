//! The checks of print runs and their deliveries.

use chrono::NaiveDate;

use crate::api::materials::{DeliveryInput, MaterialRunInput};
use crate::validation::{Checker, Rule};

impl MaterialRunInput {
    /// Checks the run as typed and returns it cleaned: printed by today.
    pub fn check(&self, check: &mut Checker, today: NaiveDate) -> MaterialRunInput {
        check.unless(
            (1..=1_000_000).contains(&self.quantity),
            "quantity",
            Rule::Range {
                min: 1,
                max: 1_000_000,
            },
        );
        check.unless(
            (0..=1_000_000_000_000).contains(&self.cost_vnd),
            "cost_vnd",
            Rule::Range {
                min: 0,
                max: 1_000_000_000_000,
            },
        );
        check.unless(
            self.printed_on <= today,
            "printed_on",
            Rule::DayInFuture { today },
        );
        MaterialRunInput {
            title: check.text("title", &self.title, 1, 300),
            edition: check.text("edition", &self.edition, 0, 100),
            ..self.clone()
        }
    }
}

impl DeliveryInput {
    /// Checks a delivery of a run printed on `printed_on` with `left`
    /// copies not yet handed out.
    pub fn check(
        &self,
        check: &mut Checker,
        printed_on: NaiveDate,
        left: i64,
        today: NaiveDate,
    ) -> DeliveryInput {
        check.unless(
            (1..=1_000_000).contains(&self.copies),
            "copies",
            Rule::Range {
                min: 1,
                max: 1_000_000,
            },
        );
        check.unless(
            i64::from(self.copies) <= left,
            "copies",
            Rule::OverStock { left },
        );
        check.unless(
            self.delivered_on <= today,
            "delivered_on",
            Rule::DayInFuture { today },
        );
        check.unless(
            self.delivered_on >= printed_on,
            "delivered_on",
            Rule::BeforePrinting,
        );
        DeliveryInput {
            received_by: check.text("received_by", &self.received_by, 0, 200),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UnitId;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap_or_default()
    }

    #[test]
    fn a_delivery_beyond_the_stock_or_before_printing_is_refused() {
        let input = DeliveryInput {
            unit_id: UnitId(1),
            team_id: None,
            copies: 120,
            delivered_on: day(1),
            received_by: " Nguyễn Văn A ".into(),
        };
        let mut check = Checker::new();
        input.check(&mut check, day(2), 100, day(10));
        let fields: Vec<_> = check
            .finish()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.field, v.rule))
            .collect();
        assert_eq!(
            fields,
            [
                ("copies".to_owned(), Rule::OverStock { left: 100 }),
                ("delivered_on".to_owned(), Rule::BeforePrinting),
            ]
        );
        let mut check = Checker::new();
        let clean = input.check(&mut check, day(1), 120, day(10));
        assert!(check.finish().is_ok());
        assert_eq!(clean.received_by, "Nguyễn Văn A");
    }
}
