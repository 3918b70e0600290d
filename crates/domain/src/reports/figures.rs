//! What an indicator counts (the measures) and the registers' figures a
//! measure is read off; where a case stands in a report.

use crate::Lang;
use crate::api::mediators::EthnicityGroup;
use crate::mediation::{CaseGroup, CaseKind, CaseState, Education, Sex, is_minority};

string_enum! {
    /// What an indicator counts. An indicator of the list (data) names one;
    /// a new circular may reorder, rename or drop indicators without code,
    /// a new kind of figure needs a new measure.
    pub enum Measure {
        Villages => "villages",
        Teams => "teams",
        Mediators => "mediators",
        MediatorsFemale => "mediators_female",
        MediatorsMale => "mediators_male",
        MediatorsKinh => "mediators_kinh",
        MediatorsMinority => "mediators_minority",
        MediatorsLawDegree => "mediators_law_degree",
        MediatorsOtherDegree => "mediators_other_degree",
        MediatorsNoDegree => "mediators_no_degree",
        /// Needs the training records (not kept yet): no figure.
        MediatorsTrained => "mediators_trained",
        CasesReceived => "cases_received",
        CasesCivil => "cases_civil",
        CasesMarriageFamily => "cases_marriage_family",
        CasesOther => "cases_other",
        CasesSuccessful => "cases_successful",
        CasesUnsuccessful => "cases_unsuccessful",
        CasesInProgress => "cases_in_progress",
        CasesNotHandled => "cases_not_handled",
        CasesWithdrawn => "cases_withdrawn",
        PaySpentVnd => "pay_spent_vnd",
    }
}

/// The cases behind a case figure: the filters of the case list that
/// find them (with the period's days and the unit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaseDrill {
    pub group: Option<CaseGroup>,
    pub result: Option<CaseResult>,
}

/// The mediators behind a mediator figure: the filters of the register
/// of mediators (`GET /mediators`, with the unit) that list them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MediatorDrill {
    pub sex: Option<Sex>,
    pub ethnicity: Option<EthnicityGroup>,
    pub education: Option<Education>,
}

impl Measure {
    /// Whether the figure grows over the period (cases, pay, training),
    /// so the days after the cut-off may be estimated and added; a count
    /// of what exists at the cut-off (villages, teams, mediators) is not.
    pub fn takes_estimate(self) -> bool {
        !matches!(
            self,
            Measure::Villages
                | Measure::Teams
                | Measure::Mediators
                | Measure::MediatorsFemale
                | Measure::MediatorsMale
                | Measure::MediatorsKinh
                | Measure::MediatorsMinority
                | Measure::MediatorsLawDegree
                | Measure::MediatorsOtherDegree
                | Measure::MediatorsNoDegree
        )
    }

    /// For a figure that counts cases, the list filters that show them.
    pub fn case_drill(self) -> Option<CaseDrill> {
        let group = |g| {
            Some(CaseDrill {
                group: Some(g),
                result: None,
            })
        };
        let result = |r| {
            Some(CaseDrill {
                group: None,
                result: Some(r),
            })
        };
        match self {
            Measure::CasesReceived => Some(CaseDrill::default()),
            Measure::CasesCivil => group(CaseGroup::Civil),
            Measure::CasesMarriageFamily => group(CaseGroup::MarriageFamily),
            Measure::CasesOther => group(CaseGroup::Other),
            Measure::CasesSuccessful => result(CaseResult::Successful),
            Measure::CasesUnsuccessful => result(CaseResult::Unsuccessful),
            Measure::CasesInProgress => result(CaseResult::InProgress),
            Measure::CasesNotHandled => result(CaseResult::NotHandled),
            Measure::CasesWithdrawn => result(CaseResult::Withdrawn),
            _ => None,
        }
    }

    /// For a figure that counts mediators, the register's filters that
    /// list them.
    pub fn mediator_drill(self) -> Option<MediatorDrill> {
        let all = MediatorDrill::default();
        match self {
            Measure::Mediators => Some(all),
            Measure::MediatorsFemale | Measure::MediatorsMale => Some(MediatorDrill {
                sex: Some(if self == Measure::MediatorsFemale {
                    Sex::Female
                } else {
                    Sex::Male
                }),
                ..all
            }),
            Measure::MediatorsKinh | Measure::MediatorsMinority => Some(MediatorDrill {
                ethnicity: Some(if self == Measure::MediatorsKinh {
                    EthnicityGroup::Kinh
                } else {
                    EthnicityGroup::Minority
                }),
                ..all
            }),
            Measure::MediatorsLawDegree => Some(MediatorDrill {
                education: Some(Education::LawDegree),
                ..all
            }),
            Measure::MediatorsOtherDegree => Some(MediatorDrill {
                education: Some(Education::OtherDegree),
                ..all
            }),
            Measure::MediatorsNoDegree => Some(MediatorDrill {
                education: Some(Education::NoDegree),
                ..all
            }),
            _ => None,
        }
    }
}

string_enum! {
    /// Where a case stands in the report: its result, or why it has none.
    pub enum CaseResult {
        Successful => "successful",
        Unsuccessful => "unsuccessful",
        InProgress => "in_progress",
        NotHandled => "not_handled",
        Withdrawn => "withdrawn",
    }
}

impl CaseResult {
    /// The states that stand for this result.
    pub fn states(self) -> Vec<CaseState> {
        CaseState::ALL
            .iter()
            .copied()
            .filter(|state| CaseResult::of(*state) == self)
            .collect()
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CaseResult::Successful, Lang::Vi) => "Thành công",
            (CaseResult::Successful, Lang::En) => "Successful",
            (CaseResult::Unsuccessful, Lang::Vi) => "Không thành",
            (CaseResult::Unsuccessful, Lang::En) => "Unsuccessful",
            (CaseResult::InProgress, Lang::Vi) => "Đang giải quyết",
            (CaseResult::InProgress, Lang::En) => "In progress",
            (CaseResult::NotHandled, Lang::Vi) => "Chưa giải quyết",
            (CaseResult::NotHandled, Lang::En) => "Not yet handled",
            (CaseResult::Withdrawn, Lang::Vi) => "Rút yêu cầu",
            (CaseResult::Withdrawn, Lang::En) => "Withdrawn",
        }
    }

    pub fn of(state: CaseState) -> CaseResult {
        match state {
            CaseState::Received | CaseState::Assigned => CaseResult::NotHandled,
            CaseState::InMediation => CaseResult::InProgress,
            CaseState::Successful => CaseResult::Successful,
            CaseState::Unsuccessful => CaseResult::Unsuccessful,
            CaseState::Withdrawn => CaseResult::Withdrawn,
        }
    }
}

/// Mediators on the register, grouped as the database counted them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediatorTally {
    pub sex: Sex,
    pub ethnicity: String,
    pub education: Education,
    pub n: i64,
}

/// Cases received in the period, by kind and state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTally {
    pub kind: CaseKind,
    pub state: CaseState,
    pub n: i64,
}

/// What the registers hold for one unit and period, as aggregated by the
/// database; every indicator is read off it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub villages: i64,
    pub teams: i64,
    pub mediators: Vec<MediatorTally>,
    pub cases: Vec<CaseTally>,
    pub pay_spent_vnd: i64,
    /// Mediators of the units present at a training session held in the
    /// period up to the cut-off, each once.
    pub trained: i64,
}

impl Figures {
    /// The measure's figure; `None` when the registers do not hold it.
    pub fn value(&self, measure: Measure) -> Option<i64> {
        let mediators = |keep: &dyn Fn(&MediatorTally) -> bool| {
            self.mediators.iter().filter(|m| keep(m)).map(|m| m.n).sum()
        };
        let cases = |keep: &dyn Fn(&CaseTally) -> bool| {
            self.cases.iter().filter(|c| keep(c)).map(|c| c.n).sum()
        };
        let group = |g: CaseGroup| cases(&|c| c.kind.group() == g);
        let result = |r: CaseResult| cases(&|c| CaseResult::of(c.state) == r);
        Some(match measure {
            Measure::Villages => self.villages,
            Measure::Teams => self.teams,
            Measure::Mediators => mediators(&|_| true),
            Measure::MediatorsFemale => mediators(&|m| m.sex == Sex::Female),
            Measure::MediatorsMale => mediators(&|m| m.sex == Sex::Male),
            Measure::MediatorsKinh => mediators(&|m| !is_minority(&m.ethnicity)),
            Measure::MediatorsMinority => mediators(&|m| is_minority(&m.ethnicity)),
            Measure::MediatorsLawDegree => mediators(&|m| m.education == Education::LawDegree),
            Measure::MediatorsOtherDegree => mediators(&|m| m.education == Education::OtherDegree),
            Measure::MediatorsNoDegree => mediators(&|m| m.education == Education::NoDegree),
            Measure::MediatorsTrained => self.trained,
            Measure::CasesReceived => cases(&|_| true),
            Measure::CasesCivil => group(CaseGroup::Civil),
            Measure::CasesMarriageFamily => group(CaseGroup::MarriageFamily),
            Measure::CasesOther => group(CaseGroup::Other),
            Measure::CasesSuccessful => result(CaseResult::Successful),
            Measure::CasesUnsuccessful => result(CaseResult::Unsuccessful),
            Measure::CasesInProgress => result(CaseResult::InProgress),
            Measure::CasesNotHandled => result(CaseResult::NotHandled),
            Measure::CasesWithdrawn => result(CaseResult::Withdrawn),
            Measure::PaySpentVnd => self.pay_spent_vnd,
        })
    }
}
