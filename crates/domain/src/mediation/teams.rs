//! Teams and their mediators: who may serve, how a team is composed, and
//! a mediator's history.

use chrono::NaiveDate;

use super::working_days_between;
use crate::Lang;

string_enum! {
    pub enum Sex {
        Male => "male",
        Female => "female",
    }
}

string_enum! {
    pub enum Education {
        LawDegree => "law_degree",
        OtherDegree => "other_degree",
        NoDegree => "none",
    }
}

string_enum! {
    /// How household representatives elected a mediator.
    pub enum ElectionMethod {
        OpenVote => "open_vote",
        SecretBallot => "secret_ballot",
        OpinionForms => "opinion_forms",
    }
}

string_enum! {
    /// Why a mediator left.
    pub enum LeaveReason {
        OwnWish => "own_wish",
        NoLongerEligible => "no_longer_eligible",
        Violation => "violation",
    }
}

string_enum! {
    pub enum MediatorEventKind {
        Elected => "elected",
        Recognised => "recognised",
        LeaderElected => "leader_elected",
        Left => "left",
    }
}

/// Recognition must follow election within this many working days.
pub const RECOGNITION_WORKING_DAYS: u32 = 5;

/// Whether a recognition came later than 5 working days after the election.
pub fn recognition_late(elected_on: NaiveDate, recognised_on: NaiveDate) -> bool {
    working_days_between(elected_on, recognised_on) > RECOGNITION_WORKING_DAYS
}

/// What a team lacks against the law's composition rules; empty when it
/// complies.
pub fn team_shortfalls(active: &[(Sex, bool)], ethnic_minority_area: bool) -> Vec<TeamRule> {
    composition_shortfalls(
        Composition {
            members: active.len(),
            women: active.iter().filter(|(sex, _)| *sex == Sex::Female).count(),
            minority: active.iter().filter(|(_, minority)| *minority).count(),
        },
        ethnic_minority_area,
    )
}

/// A team's active members as the composition rules count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Composition {
    pub members: usize,
    pub women: usize,
    /// Members of an ethnic minority.
    pub minority: usize,
}

/// What a team of this composition lacks; empty when it complies.
pub fn composition_shortfalls(team: Composition, ethnic_minority_area: bool) -> Vec<TeamRule> {
    let mut missing = Vec::new();
    if team.members < 3 {
        missing.push(TeamRule::AtLeastThree);
    }
    if team.women == 0 {
        missing.push(TeamRule::AWoman);
    }
    if ethnic_minority_area && team.minority == 0 {
        missing.push(TeamRule::AMinorityMember);
    }
    missing
}

string_enum! {
    /// The composition rules of a mediation team (Điều 12 Luật 35/2013).
    pub enum TeamRule {
        AtLeastThree => "at_least_three",
        AWoman => "a_woman",
        AMinorityMember => "a_minority_member",
    }
}

impl TeamRule {
    /// The shortfall in a few words, for a chart's legend.
    pub fn short(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TeamRule::AtLeastThree, Lang::Vi) => "Dưới 03 hòa giải viên",
            (TeamRule::AtLeastThree, Lang::En) => "Fewer than 3 mediators",
            (TeamRule::AWoman, Lang::Vi) => "Không có hòa giải viên nữ",
            (TeamRule::AWoman, Lang::En) => "No woman",
            (TeamRule::AMinorityMember, Lang::Vi) => "Thiếu người dân tộc thiểu số",
            (TeamRule::AMinorityMember, Lang::En) => "No ethnic-minority member",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TeamRule::AtLeastThree, Lang::Vi) => "Tổ hòa giải phải có từ 03 hòa giải viên trở lên",
            (TeamRule::AtLeastThree, Lang::En) => "A mediation team needs at least 3 mediators",
            (TeamRule::AWoman, Lang::Vi) => "Tổ hòa giải phải có ít nhất 01 hòa giải viên nữ",
            (TeamRule::AWoman, Lang::En) => "A mediation team needs at least one woman",
            (TeamRule::AMinorityMember, Lang::Vi) => {
                "Ở vùng có đồng bào dân tộc thiểu số, tổ hòa giải phải có hòa giải viên là người dân tộc thiểu số"
            }
            (TeamRule::AMinorityMember, Lang::En) => {
                "In an ethnic-minority area the team needs a member of an ethnic minority"
            }
        }
    }
}

/// The majority ethnic group; everyone else counts as a minority member.
pub fn is_minority(ethnicity: &str) -> bool {
    let key = crate::text::search_key(ethnicity);
    !key.is_empty() && key != "kinh"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recognition_later_than_five_working_days_is_late() {
        let friday = NaiveDate::from_ymd_opt(2024, 5, 3).unwrap_or_default();
        let days = |d: i64| friday + chrono::Duration::days(d);
        assert!(
            !recognition_late(friday, days(7)),
            "next Friday: 5 working days"
        );
        assert!(recognition_late(friday, days(10)), "Monday after: 6");
    }

    #[test]
    fn team_rules() {
        let three_men = [(Sex::Male, false); 3];
        assert_eq!(team_shortfalls(&three_men, false), [TeamRule::AWoman]);
        let two = [(Sex::Female, false), (Sex::Male, false)];
        assert_eq!(team_shortfalls(&two, false), [TeamRule::AtLeastThree]);
        let ok = [(Sex::Female, false), (Sex::Male, false), (Sex::Male, true)];
        assert!(team_shortfalls(&ok, true).is_empty());
        assert_eq!(team_shortfalls(&ok[..2], true).len(), 2);
        assert!(is_minority("Tày") && !is_minority("Kinh") && !is_minority("kinh"));
    }
}
