//! Mediators as typed, checked and cleaned.

use chrono::{Datelike, NaiveDate};

use super::{Checker, Rule};
use crate::api::mediation::{MediatorInput, TeamInput};
use crate::mediation::{is_minority, team_shortfalls};
use crate::text::clean;

/// The ethnicity recorded when none is given.
pub const DEFAULT_ETHNICITY: &str = "Kinh";

impl MediatorInput {
    /// Checks the mediator as typed, naming fields under `field` (e.g.
    /// `members[2]`), and returns it cleaned. A mediator is an adult
    /// (`today` decides the age) elected by more than half of the
    /// households (Điều 8 Luật Hòa giải ở cơ sở).
    pub fn check(&self, check: &mut Checker, field: &str, today: NaiveDate) -> MediatorInput {
        let year = today.year();
        check.unless(
            (year - 110..=year - 18).contains(&self.birth_year),
            &format!("{field}.birth_year"),
            Rule::NotAnAdult,
        );
        if let Some(election) = &self.elected {
            check.unless(
                election.percent > 50.0 && election.percent <= 100.0,
                &format!("{field}.elected.percent"),
                Rule::NoMajority,
            );
        }
        MediatorInput {
            full_name: check.text(&format!("{field}.full_name"), &self.full_name, 1, 200),
            ethnicity: Some(
                self.ethnicity
                    .as_deref()
                    .map(clean)
                    .filter(|e| !e.is_empty())
                    .unwrap_or_else(|| DEFAULT_ETHNICITY.into()),
            ),
            occupation: clean(&self.occupation),
            phone: clean(&self.phone),
            ..self.clone()
        }
    }
}

impl TeamInput {
    /// Checks the team and its members as typed and returns it cleaned. The
    /// law's composition rules (at least three mediators, a woman, a
    /// minority member where the unit is an ethnic-minority area) are
    /// checked on the members given.
    pub fn check(&self, check: &mut Checker, today: NaiveDate, minority_area: bool) -> TeamInput {
        let name = check.text("name", &self.name, 1, 200);
        let members: Vec<MediatorInput> = self
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| m.check(check, &format!("members[{i}]"), today))
            .collect();
        let composition: Vec<_> = members
            .iter()
            .map(|m| {
                (
                    m.sex,
                    is_minority(m.ethnicity.as_deref().unwrap_or_default()),
                )
            })
            .collect();
        for rule in team_shortfalls(&composition, minority_area) {
            check.add("members", Rule::TeamComposition(rule));
        }
        check.unless(
            self.leader.is_none_or(|i| i < members.len()),
            "leader",
            Rule::UnknownReference,
        );
        TeamInput {
            name,
            members,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::mediation::Election;
    use crate::mediation::{Education, ElectionMethod, Sex};
    use crate::validation::fields_and_codes;

    fn mediator(birth_year: i32, percent: f64) -> MediatorInput {
        MediatorInput {
            full_name: " Nguyễn Thị B ".into(),
            sex: Sex::Female,
            birth_year,
            ethnicity: None,
            education: Education::NoDegree,
            occupation: String::new(),
            phone: String::new(),
            elected: Some(Election {
                on: today(),
                method: ElectionMethod::OpenVote,
                percent,
            }),
            recognised_by: None,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    #[test]
    fn an_adult_elected_by_a_majority_is_cleaned() {
        let mut check = Checker::new();
        let clean = mediator(1970, 75.0).check(&mut check, "members[0]", today());
        assert!(check.is_empty());
        assert_eq!(clean.full_name, "Nguyễn Thị B");
        assert_eq!(clean.ethnicity.as_deref(), Some(DEFAULT_ETHNICITY));
    }

    #[test]
    fn a_minor_or_a_minority_vote_is_refused() {
        let mut check = Checker::new();
        mediator(2010, 50.0).check(&mut check, "members[1]", today());
        let errors = check.finish().err().unwrap_or_default();
        let found = fields_and_codes(&errors);
        assert_eq!(
            found,
            [
                ("members[1].birth_year", "not_an_adult"),
                ("members[1].elected.percent", "no_majority")
            ]
        );
    }

    #[test]
    fn a_team_of_two_men_breaks_the_composition_rules() {
        let man = MediatorInput {
            sex: Sex::Male,
            ..mediator(1970, 75.0)
        };
        let team = TeamInput {
            unit_id: crate::UnitId(1),
            name: " Tổ số 1 ".into(),
            founded_by: None,
            members: vec![man.clone(), man],
            leader: Some(2),
        };
        let mut check = Checker::new();
        let clean = team.check(&mut check, today(), true);
        assert_eq!(clean.name, "Tổ số 1");
        let errors = check.finish().err().unwrap_or_default();
        let codes: Vec<_> = errors.iter().map(|v| v.rule.code()).collect();
        assert_eq!(
            codes,
            [
                "at_least_three",
                "a_woman",
                "a_minority_member",
                "unknown_reference"
            ]
        );
    }
}
