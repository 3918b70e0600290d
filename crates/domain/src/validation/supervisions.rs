//! The checks of a supervision record and its answers.

use chrono::NaiveDate;

use crate::api::supervisions::{SupervisionInput, SupportInput};
use crate::supervision::SupervisionSubject;
use crate::validation::{Checker, Rule};

impl SupervisionInput {
    /// Checks the record as typed and returns it cleaned: exactly the id
    /// of its subject, a day not after `today`, findings written.
    pub fn check(&self, check: &mut Checker, today: NaiveDate) -> SupervisionInput {
        let ids = [
            ("team_id", self.team_id.is_some(), SupervisionSubject::Team),
            ("unit_id", self.unit_id.is_some(), SupervisionSubject::Unit),
            ("task_id", self.task_id.is_some(), SupervisionSubject::Task),
        ];
        for (field, given, subject) in ids {
            if subject == self.subject {
                check.unless(given, field, Rule::Required);
            } else {
                check.unless(!given, field, Rule::NotForSubject);
            }
        }
        check.unless(
            self.supervised_on <= today,
            "supervised_on",
            Rule::DayInFuture { today },
        );
        SupervisionInput {
            findings: check.text("findings", &self.findings, 1, 20_000),
            recommendations: check.text("recommendations", &self.recommendations, 0, 20_000),
            ..self.clone()
        }
    }
}

impl SupportInput {
    /// Checks the record as typed and returns it cleaned: supplied by
    /// today, described, at least one person or copy.
    pub fn check(&self, check: &mut Checker, today: NaiveDate) -> SupportInput {
        check.unless(
            (1..=1_000_000).contains(&self.quantity),
            "quantity",
            Rule::Range {
                min: 1,
                max: 1_000_000,
            },
        );
        check.unless(
            self.supplied_on <= today,
            "supplied_on",
            Rule::DayInFuture { today },
        );
        SupportInput {
            description: check.text("description", &self.description, 1, 2000),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{TeamId, UnitId};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_supervision_names_its_subject_once_and_is_not_dated_ahead() {
        let input = SupervisionInput {
            subject: SupervisionSubject::Team,
            team_id: None,
            unit_id: Some(UnitId(3)),
            task_id: None,
            supervised_on: day(2026, 12, 4),
            findings: "  ".into(),
            recommendations: String::new(),
        };
        let mut check = Checker::new();
        input.check(&mut check, day(2026, 12, 3));
        let found: Vec<(String, &str)> = check
            .finish()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.field, v.rule.code()))
            .collect();
        assert_eq!(
            found,
            [
                ("team_id".to_owned(), "required"),
                ("unit_id".to_owned(), "not_for_subject"),
                ("supervised_on".to_owned(), "day_in_future"),
                ("findings".to_owned(), "required"),
            ]
        );

        let fine = SupervisionInput {
            team_id: Some(TeamId(1)),
            unit_id: None,
            supervised_on: day(2026, 12, 3),
            findings: " Sổ theo dõi ghi chưa đủ ".into(),
            ..input
        };
        let mut check = Checker::new();
        let cleaned = fine.check(&mut check, day(2026, 12, 3));
        assert!(check.is_empty());
        assert_eq!(cleaned.findings, "Sổ theo dõi ghi chưa đủ");
    }

    #[test]
    fn a_support_is_described_counted_and_not_dated_ahead() {
        let input = SupportInput {
            kind: crate::supervision::SupportKind::Trainer,
            unit_id: UnitId(3),
            course_id: None,
            supplied_on: day(2026, 12, 4),
            description: String::new(),
            quantity: 0,
        };
        let mut check = Checker::new();
        input.check(&mut check, day(2026, 12, 3));
        let fields: Vec<String> = check
            .finish()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| v.field)
            .collect();
        assert_eq!(fields, ["quantity", "supplied_on", "description"]);
    }
}
