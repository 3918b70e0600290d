//! Cases and their workflow steps as typed, checked and cleaned.

use chrono::{Datelike, NaiveDate};

use super::{Checker, Rule, Violation};
use crate::api::mediation::{CaseInput, CaseParty, CaseStep};
use crate::mediation::CaseAction;
use crate::recorded::check_step_day;

impl CaseInput {
    /// The case cleaned, or every field that breaks a rule: a kind outside
    /// grassroots mediation is refused with the reason and where to refer
    /// the parties; the case is received no later than `today`.
    pub fn validate(&self, today: NaiveDate) -> Result<CaseInput, Vec<Violation>> {
        let mut check = Checker::new();
        if let Some(exclusion) = self.kind.exclusion() {
            check.add("kind", Rule::OutOfScope(exclusion));
        }
        let summary = check.text("summary", &self.summary, 1, 20_000);
        let proposed_by = check.text("proposed_by", &self.proposed_by, 0, 500);
        check.unless(
            self.received_on <= today,
            "received_on",
            Rule::ReceivedInFuture,
        );
        check.unless(!self.parties.is_empty(), "parties", Rule::Required);
        let parties = self
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let name = check.text(&format!("parties[{i}].name"), &p.name, 1, 300);
                check.unless(
                    p.birth_year
                        .is_none_or(|y| (1900..=today.year()).contains(&y)),
                    &format!("parties[{i}].birth_year"),
                    Rule::BirthYear,
                );
                CaseParty {
                    kind: p.kind,
                    name,
                    birth_year: p.birth_year,
                    address: check.text(&format!("parties[{i}].address"), &p.address, 0, 500),
                }
            })
            .collect();
        let invited = self
            .invited
            .iter()
            .enumerate()
            .map(|(i, name)| check.text(&format!("invited[{i}]"), name, 1, 300))
            .collect();
        let case = CaseInput {
            summary,
            proposed_by,
            parties,
            invited,
            ..self.clone()
        };
        check.finish().map(|()| case)
    }
}

impl CaseStep {
    /// Checks the step's own fields and returns it cleaned: it is dated
    /// between the day of the step before it (`previous`) and `today`
    /// (`crate::recorded`); a result
    /// (`succeed`, `fail`) says what was agreed or demanded; an assignment
    /// names mediators (whether they may serve is checked against the team).
    pub fn check(&self, check: &mut Checker, previous: NaiveDate, today: NaiveDate) -> CaseStep {
        check_step_day(check, "on", self.on, previous, today);
        let outcome = match self.action {
            CaseAction::Succeed | CaseAction::Fail => {
                check.text("outcome", &self.outcome, 1, 20_000)
            }
            _ => self.outcome.clone(),
        };
        check.unless(
            self.action != CaseAction::Assign || !self.mediators.is_empty(),
            "mediators",
            Rule::Required,
        );
        CaseStep {
            note: check.text("note", &self.note, 0, 5_000),
            outcome,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TeamId;
    use crate::mediation::{CaseKind, CaseStart, PartyKind};
    use crate::validation::fields_and_codes;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    fn case(kind: CaseKind) -> CaseInput {
        CaseInput {
            team_id: TeamId(1),
            received_on: day(10),
            start: CaseStart::PartyRequest,
            proposed_by: String::new(),
            kind,
            summary: " Tranh chấp lối đi ".into(),
            parties: vec![CaseParty {
                kind: PartyKind::Person,
                name: "Trần Văn C".into(),
                birth_year: Some(1980),
                address: String::new(),
            }],
            invited: Vec::new(),
            public_session: false,
            risk_of_violence: false,
            signs_of_offence: false,
        }
    }

    #[test]
    fn a_civil_matter_received_today_is_taken() {
        let clean = case(CaseKind::LandUse).validate(day(10));
        assert_eq!(
            clean.map(|c| c.summary).ok().as_deref(),
            Some("Tranh chấp lối đi")
        );
    }

    #[test]
    fn out_of_scope_future_and_partyless_cases_are_refused() {
        let mut bad = case(CaseKind::Labour);
        bad.parties.clear();
        let errors = bad.validate(day(9)).err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [
                ("kind", "out_of_scope"),
                ("received_on", "in_the_future"),
                ("parties", "required")
            ]
        );
    }

    #[test]
    fn a_step_lies_between_the_previous_step_and_today() {
        let step = |action, on| CaseStep {
            action,
            on,
            mediators: Vec::new(),
            note: String::new(),
            outcome: String::new(),
        };
        let mut check = Checker::new();
        step(CaseAction::Start, day(10)).check(&mut check, day(10), day(12));
        assert!(check.is_empty());
        step(CaseAction::Start, day(9)).check(&mut check, day(10), day(12));
        step(CaseAction::Succeed, day(13)).check(&mut check, day(10), day(12));
        step(CaseAction::Assign, day(11)).check(&mut check, day(10), day(12));
        let errors = check.finish().err().unwrap_or_default();
        assert_eq!(
            fields_and_codes(&errors),
            [
                ("on", "day_before_previous_step"),
                ("on", "day_in_future"),
                ("outcome", "required"),
                ("mediators", "required")
            ]
        );
    }
}
