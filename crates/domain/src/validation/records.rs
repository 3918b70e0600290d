//! Questions, answers, pay rates and new villages as typed, checked and
//! cleaned.

use super::{Checker, Rule, Violation};
use crate::api::pay::PayRateInput;
use crate::api::questions::{AnswerInput, QuestionInput};
use crate::api::units::NewVillage;

/// The kinds of unit a village or residential group is.
const VILLAGE_KINDS: [&str; 2] = ["thon", "to_dan_pho"];

impl QuestionInput {
    pub fn validate(&self) -> Result<QuestionInput, Vec<Violation>> {
        let mut check = Checker::new();
        let question = QuestionInput {
            title: check.text("title", &self.title, 1, 500),
            facts: check.text("facts", &self.facts, 1, 20_000),
        };
        check.finish().map(|()| question)
    }
}

impl AnswerInput {
    pub fn validate(&self) -> Result<AnswerInput, Vec<Violation>> {
        let mut check = Checker::new();
        let body = check.text("body", &self.body, 1, 20_000);
        check.finish().map(|()| AnswerInput { body })
    }
}

impl PayRateInput {
    pub fn validate(&self) -> Result<PayRateInput, Vec<Violation>> {
        let mut check = Checker::new();
        let basis = check.text("basis", &self.basis, 0, 500);
        check.unless(self.amount_vnd > 0, "amount_vnd", Rule::NotPositive);
        check.finish().map(|()| PayRateInput {
            basis,
            ..self.clone()
        })
    }
}

impl NewVillage {
    pub fn validate(&self) -> Result<NewVillage, Vec<Violation>> {
        let mut check = Checker::new();
        let name = check.text("name", &self.name, 1, 200);
        check.unless(
            VILLAGE_KINDS.contains(&self.kind.as_str()),
            "kind",
            Rule::VillageKind,
        );
        check.finish().map(|()| NewVillage {
            name,
            ..self.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::UnitId;

    #[test]
    fn texts_are_cleaned_and_required() {
        let asked = QuestionInput {
            title: "  Tranh chấp  ".into(),
            facts: String::new(),
        };
        let errors = asked.validate().err().unwrap_or_default();
        assert_eq!(errors[0].field, "facts");
        assert!(AnswerInput { body: " ".into() }.validate().is_err());
    }

    #[test]
    fn a_rate_is_positive_and_a_village_a_thon_or_to_dan_pho() {
        let rate = PayRateInput {
            unit_id: UnitId(1),
            amount_vnd: 0,
            effective_from: NaiveDate::default(),
            basis: String::new(),
        };
        let errors = rate.validate().err().unwrap_or_default();
        assert_eq!(errors[0].rule.code(), "not_positive");
        let village = NewVillage {
            parent_id: UnitId(1),
            name: "Thôn Đông".into(),
            kind: "xa".into(),
            code: None,
            ethnic_minority_area: false,
        };
        let errors = village.validate().err().unwrap_or_default();
        assert_eq!(errors[0].field, "kind");
    }
}
