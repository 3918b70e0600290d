//! Pilot models and commendations as typed, checked and cleaned.

use super::{Checker, Rule, Violation};
use crate::api::pilots::{
    CommendationDecision, CommendationInput, PilotEvaluationInput, PilotInput, ReplicationInput,
};
use crate::plan::DocumentRef;

impl DocumentRef {
    /// A decision as a document: number, type, issuer and day all given.
    pub fn check_decision(&self, check: &mut Checker, field: &str) -> DocumentRef {
        check.unless(
            self.issued_on.is_some(),
            &format!("{field}.issued_on"),
            Rule::Required,
        );
        DocumentRef {
            number: check.text(&format!("{field}.number"), &self.number, 1, 30),
            doc_type: check.text(&format!("{field}.doc_type"), &self.doc_type, 1, 20),
            issuer: check.text(&format!("{field}.issuer"), &self.issuer, 1, 60),
            ..self.clone()
        }
    }
}

impl PilotInput {
    pub fn validate(&self) -> Result<PilotInput, Vec<Violation>> {
        let mut check = Checker::new();
        let pilot = PilotInput {
            name: check.text("name", &self.name, 1, 500),
            description: check.text("description", &self.description, 0, 20_000),
            ..self.clone()
        };
        // Whether a programme holds the year is the database's to say.
        check.unless((1900..=2199).contains(&self.year), "year", Rule::Year);
        check.finish().map(|()| pilot)
    }
}

/// Criteria of one evaluation, and points of one criterion, at most; so the
/// totals stay far inside their integer.
const MAX_CRITERIA: usize = 100;
const MAX_SCORE: i32 = 1000;

impl PilotEvaluationInput {
    /// The evaluation cleaned: at least one criterion, each scored between
    /// 0 and its positive maximum.
    pub fn validate(&self) -> Result<PilotEvaluationInput, Vec<Violation>> {
        let mut check = Checker::new();
        check.unless(!self.criteria.is_empty(), "criteria", Rule::Required);
        check.unless(
            self.criteria.len() <= MAX_CRITERIA,
            "criteria",
            Rule::TooManyItems { max: MAX_CRITERIA },
        );
        let mut criteria = self.criteria.clone();
        for (index, criterion) in criteria.iter_mut().enumerate() {
            criterion.name =
                check.text(&format!("criteria[{index}].name"), &criterion.name, 1, 500);
            check.unless(
                (1..=MAX_SCORE).contains(&criterion.max_score)
                    && (0..=criterion.max_score).contains(&criterion.score),
                &format!("criteria[{index}].score"),
                Rule::ScoreOutOfRange,
            );
        }
        let evaluation = PilotEvaluationInput {
            criteria,
            conclusion: check.text("conclusion", &self.conclusion, 0, 20_000),
            ..self.clone()
        };
        check.finish().map(|()| evaluation)
    }
}

impl ReplicationInput {
    /// The decision to replicate, naming at least one ward; whether the
    /// wards may take it is the city's scope, checked against the units.
    pub fn validate(&self) -> Result<ReplicationInput, Vec<Violation>> {
        let mut check = Checker::new();
        let decision = self.decision.check_decision(&mut check, "decision");
        check.unless(!self.unit_ids.is_empty(), "unit_ids", Rule::Required);
        check.finish().map(|()| ReplicationInput {
            decision,
            unit_ids: self.unit_ids.clone(),
        })
    }
}

impl CommendationInput {
    pub fn validate(&self) -> Result<CommendationInput, Vec<Violation>> {
        let mut check = Checker::new();
        let nomination = CommendationInput {
            nominee_name: check.text("nominee_name", &self.nominee_name, 1, 500),
            grounds: check.text("grounds", &self.grounds, 1, 20_000),
            ..self.clone()
        };
        check.unless((2000..=2100).contains(&self.year), "year", Rule::Year);
        check.finish().map(|()| nomination)
    }
}

impl CommendationDecision {
    /// An approval names its decision document; a refusal may.
    pub fn validate(&self) -> Result<CommendationDecision, Vec<Violation>> {
        let mut check = Checker::new();
        let note = check.text("note", &self.note, 0, 5_000);
        let decision = self
            .decision
            .as_ref()
            .map(|doc| doc.check_decision(&mut check, "decision"));
        check.unless(
            decision.is_some() || !self.approved,
            "decision",
            Rule::Required,
        );
        check.finish().map(|()| CommendationDecision {
            approved: self.approved,
            decision,
            note,
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::UnitId;
    use crate::api::pilots::Criterion;
    use crate::validation::fields_and_codes;

    #[test]
    fn pilots_belong_to_the_programme_years_and_scores_to_their_range() {
        let pilot = PilotInput {
            unit_id: UnitId(1),
            year: 1800,
            name: " Mô hình ".into(),
            description: String::new(),
        };
        let errors = pilot.validate().err().unwrap_or_default();
        assert_eq!(fields_and_codes(&errors), [("year", "out_of_range")]);
        let evaluation = PilotEvaluationInput {
            evaluated_on: NaiveDate::default(),
            criteria: vec![Criterion {
                name: "Hiệu quả".into(),
                max_score: 10,
                score: 11,
            }],
            conclusion: String::new(),
            recommend_replication: true,
        };
        let errors = evaluation.validate().err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [("criteria[0].score", "score_out_of_range")]
        );
    }

    #[test]
    fn an_evaluation_is_bounded_so_its_totals_fit() {
        let criterion = |max_score| Criterion {
            name: "Hiệu quả".into(),
            max_score,
            score: max_score,
        };
        let huge = PilotEvaluationInput {
            evaluated_on: NaiveDate::default(),
            criteria: vec![criterion(i32::MAX), criterion(i32::MAX)],
            conclusion: String::new(),
            recommend_replication: true,
        };
        let errors = huge.validate().err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [
                ("criteria[0].score", "score_out_of_range"),
                ("criteria[1].score", "score_out_of_range")
            ]
        );
        let many = PilotEvaluationInput {
            criteria: vec![criterion(1000); 101],
            ..huge
        };
        let errors = many.validate().err().unwrap_or_default();
        assert_eq!(fields_and_codes(&errors), [("criteria", "too_many_items")]);
    }

    #[test]
    fn an_approval_needs_its_whole_decision_a_refusal_none() {
        let approve = CommendationDecision {
            approved: true,
            decision: None,
            note: String::new(),
        };
        let errors = approve.validate().err().unwrap_or_default();
        assert_eq!(fields_and_codes(&errors), [("decision", "required")]);
        let refuse = CommendationDecision {
            approved: false,
            ..approve.clone()
        };
        assert!(refuse.validate().is_ok());
        let undated = CommendationDecision {
            decision: Some(DocumentRef {
                number: "5".into(),
                doc_type: "QĐ".into(),
                issuer: "UBND".into(),
                issued_on: None,
                title: None,
            }),
            ..approve
        };
        let errors = undated.validate().err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [("decision.issued_on", "required")]
        );
    }

    #[test]
    fn a_replication_names_wards_and_a_nomination_a_year_of_this_century() {
        let replication = ReplicationInput {
            decision: DocumentRef {
                number: " 7 ".into(),
                doc_type: "QĐ".into(),
                issuer: "UBND".into(),
                issued_on: NaiveDate::from_ymd_opt(2021, 6, 1),
                title: None,
            },
            unit_ids: Vec::new(),
        };
        let errors = replication.validate().err().unwrap_or_default();
        assert_eq!(fields_and_codes(&errors), [("unit_ids", "required")]);
        let nomination = CommendationInput {
            year: 1999,
            nominee_kind: crate::plan::NomineeKind::Team,
            nominee_name: "Tổ hòa giải số 3".into(),
            grounds: " ".into(),
            proposed_level: crate::plan::CommendationLevel::City,
        };
        let errors = nomination.validate().err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [("grounds", "required"), ("year", "out_of_range")]
        );
    }
}
