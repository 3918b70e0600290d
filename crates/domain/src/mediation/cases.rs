//! Cases: the kinds grassroots mediation takes and refuses, the workflow
//! and its 3-day rule, and the follow-up of what was agreed.

use chrono::NaiveDate;

use crate::Lang;

string_enum! {
    /// How a case came to the team.
    pub enum CaseStart {
        PartyRequest => "party_request",
        MediatorWitnessed => "mediator_witnessed",
        LeaderAssigned => "leader_assigned",
        ProposedByAgency => "proposed_by_agency",
    }
}

string_enum! {
    /// What a matter is about. The first kinds may be mediated at the
    /// grassroots; the last ones may not and are referred elsewhere.
    pub enum CaseKind {
        Lifestyle => "lifestyle",
        SharedPath => "shared_path",
        Power => "power",
        Water => "water",
        Ownership => "ownership",
        Contract => "contract",
        Inheritance => "inheritance",
        LandUse => "land_use",
        MarriageFamily => "marriage_family",
        MinorViolation => "minor_violation",
        NonProsecutedOffence => "non_prosecuted_offence",
        StateOrPublicInterest => "state_or_public_interest",
        NonMediableCivil => "non_mediable_civil",
        MustBeProsecuted => "must_be_prosecuted",
        MustBeFined => "must_be_fined",
        Commercial => "commercial",
        Labour => "labour",
    }
}

string_enum! {
    pub enum PartyKind {
        Person => "person",
        Group => "group",
        Family => "family",
        Organisation => "organisation",
    }
}

string_enum! {
    pub enum CaseState {
        Received => "received",
        Assigned => "assigned",
        InMediation => "in_mediation",
        Successful => "successful",
        Unsuccessful => "unsuccessful",
        Withdrawn => "withdrawn",
    }
}

string_enum! {
    /// What a user asks of a case's workflow.
    pub enum CaseAction {
        /// Intake; changes no state, opens the history.
        Receive => "receive",
        Assign => "assign",
        Start => "start",
        Succeed => "succeed",
        Fail => "fail",
        Withdraw => "withdraw",
        Reopen => "reopen",
        /// Follow-up of a successful case's agreement; changes no state.
        FollowUp => "follow_up",
    }
}

string_enum! {
    /// Statistics group of TT 03/2019/TT-BTP.
    pub enum CaseGroup {
        Civil => "civil",
        MarriageFamily => "marriage_family",
        Other => "other",
    }
}

/// The assigned mediator must start within this many days (Điều 22 Luật 35/2013).
pub const START_WITHIN_DAYS: u64 = 3;

impl CaseGroup {
    /// The kinds counted in this group.
    pub fn kinds(self) -> Vec<CaseKind> {
        CaseKind::ALL
            .iter()
            .copied()
            .filter(|kind| kind.group() == self)
            .collect()
    }
}

impl CaseKind {
    /// For a matter outside grassroots mediation: why, and where to refer it.
    pub fn exclusion(self) -> Option<Exclusion> {
        let (reason_vi, reason_en, refer_vi, refer_en) = match self {
            CaseKind::StateOrPublicInterest => (
                "Xâm phạm lợi ích của Nhà nước, lợi ích công cộng",
                "It harms the interest of the State or the public",
                "Cơ quan nhà nước có thẩm quyền",
                "The competent State agency",
            ),
            CaseKind::NonMediableCivil => (
                "Vi phạm điều cấm của luật, trái đạo đức xã hội hoặc thuộc việc hôn nhân, dân sự không được hòa giải",
                "A marriage or civil matter that the law does not allow to be mediated",
                "Tòa án nhân dân",
                "The People's Court",
            ),
            CaseKind::MustBeProsecuted => (
                "Hành vi phải bị truy cứu trách nhiệm hình sự",
                "An act that must be prosecuted",
                "Cơ quan Công an (cơ quan điều tra)",
                "The police (investigation agency)",
            ),
            CaseKind::MustBeFined => (
                "Hành vi phải bị xử lý vi phạm hành chính",
                "An act that must be sanctioned administratively",
                "Người có thẩm quyền xử phạt vi phạm hành chính (UBND cấp xã, Công an)",
                "The official competent to sanction it (commune People's Committee, police)",
            ),
            CaseKind::Commercial => (
                "Tranh chấp kinh doanh, thương mại",
                "A commercial dispute",
                "Hòa giải thương mại, Trọng tài thương mại hoặc Tòa án",
                "Commercial mediation, arbitration or the court",
            ),
            CaseKind::Labour => (
                "Tranh chấp lao động",
                "A labour dispute",
                "Hòa giải viên lao động (Phòng Lao động – Thương binh và Xã hội) hoặc Tòa án",
                "A labour mediator or the court",
            ),
            _ => return None,
        };
        Some(Exclusion {
            reason_vi,
            reason_en,
            refer_vi,
            refer_en,
        })
    }

    pub fn group(self) -> CaseGroup {
        match self {
            CaseKind::Ownership
            | CaseKind::Contract
            | CaseKind::Inheritance
            | CaseKind::LandUse => CaseGroup::Civil,
            CaseKind::MarriageFamily => CaseGroup::MarriageFamily,
            _ => CaseGroup::Other,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        use CaseKind::*;
        match (self, lang) {
            (Lifestyle, Lang::Vi) => "Mâu thuẫn do quan niệm sống, lối sống, tính tình",
            (Lifestyle, Lang::En) => "Conflict of habits or lifestyle",
            (SharedPath, Lang::Vi) => "Lối đi chung",
            (SharedPath, Lang::En) => "Shared path",
            (Power, Lang::Vi) => "Sử dụng điện",
            (Power, Lang::En) => "Use of power",
            (Water, Lang::Vi) => "Sử dụng nước sinh hoạt, sản xuất",
            (Water, Lang::En) => "Use of water",
            (Ownership, Lang::Vi) => "Tranh chấp quyền sở hữu",
            (Ownership, Lang::En) => "Ownership dispute",
            (Contract, Lang::Vi) => "Tranh chấp hợp đồng",
            (Contract, Lang::En) => "Contract dispute",
            (Inheritance, Lang::Vi) => "Tranh chấp thừa kế",
            (Inheritance, Lang::En) => "Inheritance dispute",
            (LandUse, Lang::Vi) => "Tranh chấp quyền sử dụng đất",
            (LandUse, Lang::En) => "Land-use dispute",
            (MarriageFamily, Lang::Vi) => "Hôn nhân và gia đình",
            (MarriageFamily, Lang::En) => "Marriage and family",
            (MinorViolation, Lang::Vi) => "Vi phạm pháp luật chưa đến mức bị xử lý",
            (MinorViolation, Lang::En) => "Minor violation",
            (NonProsecutedOffence, Lang::Vi) => {
                "Hành vi phạm tội không bị truy cứu trách nhiệm hình sự"
            }
            (NonProsecutedOffence, Lang::En) => "Offence not prosecuted",
            (StateOrPublicInterest, Lang::Vi) => "Xâm phạm lợi ích Nhà nước, lợi ích công cộng",
            (StateOrPublicInterest, Lang::En) => "Harm to the State or public interest",
            (NonMediableCivil, Lang::Vi) => "Việc hôn nhân, dân sự không được hòa giải",
            (NonMediableCivil, Lang::En) => "Non-mediable marriage or civil matter",
            (MustBeProsecuted, Lang::Vi) => "Phải truy cứu trách nhiệm hình sự",
            (MustBeProsecuted, Lang::En) => "Must be prosecuted",
            (MustBeFined, Lang::Vi) => "Phải xử lý vi phạm hành chính",
            (MustBeFined, Lang::En) => "Must be fined",
            (Commercial, Lang::Vi) => "Tranh chấp kinh doanh, thương mại",
            (Commercial, Lang::En) => "Commercial dispute",
            (Labour, Lang::Vi) => "Tranh chấp lao động",
            (Labour, Lang::En) => "Labour dispute",
        }
    }
}

/// Why a matter is refused and where it belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusion {
    pub reason_vi: &'static str,
    pub reason_en: &'static str,
    pub refer_vi: &'static str,
    pub refer_en: &'static str,
}

impl CaseState {
    /// The state an action leads to, or `None` when the action is not
    /// allowed from here.
    pub fn after(self, action: CaseAction) -> Option<CaseState> {
        use CaseAction as A;
        use CaseState as S;
        match (self, action) {
            (S::Received, A::Assign) => Some(S::Assigned),
            (S::Assigned, A::Assign) => Some(S::Assigned),
            (S::Assigned, A::Start) => Some(S::InMediation),
            (S::InMediation, A::Succeed) => Some(S::Successful),
            (S::InMediation, A::Fail) => Some(S::Unsuccessful),
            (S::Received | S::Assigned | S::InMediation, A::Withdraw) => Some(S::Withdrawn),
            (S::Unsuccessful, A::Reopen) => Some(S::InMediation),
            _ => None,
        }
    }

    /// The actions allowed from this state, for the interface to offer.
    pub fn actions(self) -> Vec<CaseAction> {
        CaseAction::ALL
            .iter()
            .copied()
            .filter(|a| self.after(*a).is_some())
            .collect()
    }

    pub fn is_closed(self) -> bool {
        matches!(
            self,
            CaseState::Successful | CaseState::Unsuccessful | CaseState::Withdrawn
        )
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CaseState::Received, Lang::Vi) => "Đã tiếp nhận",
            (CaseState::Received, Lang::En) => "Received",
            (CaseState::Assigned, Lang::Vi) => "Đã phân công",
            (CaseState::Assigned, Lang::En) => "Assigned",
            (CaseState::InMediation, Lang::Vi) => "Đang hòa giải",
            (CaseState::InMediation, Lang::En) => "In mediation",
            (CaseState::Successful, Lang::Vi) => "Hòa giải thành",
            (CaseState::Successful, Lang::En) => "Successful",
            (CaseState::Unsuccessful, Lang::Vi) => "Hòa giải không thành",
            (CaseState::Unsuccessful, Lang::En) => "Unsuccessful",
            (CaseState::Withdrawn, Lang::Vi) => "Đã rút yêu cầu",
            (CaseState::Withdrawn, Lang::En) => "Withdrawn",
        }
    }
}

/// A case assigned but not started within three days is overdue. The days
/// count from the day the user recorded for the assignment, not from when
/// it was entered: wards often enter steps after the fact.
pub fn start_overdue(state: CaseState, assigned_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    state == CaseState::Assigned && assigned_on.is_some_and(|on| on < start_overdue_before(today))
}

/// Cases assigned before this day and still not started are overdue today.
pub fn start_overdue_before(today: NaiveDate) -> NaiveDate {
    today - chrono::Duration::days(i64::try_from(START_WITHIN_DAYS).unwrap_or(i64::MAX))
}

string_enum! {
    /// Follow-up of a successful mediation: is the agreement carried out?
    pub enum Execution {
        Pending => "pending",
        Executed => "executed",
        NotExecuted => "not_executed",
    }
}

impl Execution {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Execution::Pending, Lang::Vi) => "Đang theo dõi",
            (Execution::Pending, Lang::En) => "Being followed up",
            (Execution::Executed, Lang::Vi) => "Đã thực hiện xong thỏa thuận",
            (Execution::Executed, Lang::En) => "Agreement carried out",
            (Execution::NotExecuted, Lang::Vi) => "Không thực hiện thỏa thuận",
            (Execution::NotExecuted, Lang::En) => "Agreement not carried out",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_scope_matters_name_a_referral() {
        let labour = CaseKind::Labour.exclusion();
        assert!(labour.is_some_and(|e| e.refer_vi.contains("Hòa giải viên lao động")));
        assert!(CaseKind::LandUse.exclusion().is_none());
        let excluded = CaseKind::ALL
            .iter()
            .filter(|k| k.exclusion().is_some())
            .count();
        assert_eq!(excluded, 6);
        assert_eq!(CaseKind::Inheritance.group(), CaseGroup::Civil);
        assert_eq!(CaseKind::Water.group(), CaseGroup::Other);
    }

    #[test]
    fn the_workflow_allows_only_its_transitions() {
        use CaseAction::*;
        assert_eq!(CaseState::Received.after(Assign), Some(CaseState::Assigned));
        assert_eq!(CaseState::Received.after(Succeed), None);
        assert_eq!(
            CaseState::Assigned.after(Start),
            Some(CaseState::InMediation)
        );
        assert_eq!(
            CaseState::InMediation.after(Succeed),
            Some(CaseState::Successful)
        );
        assert_eq!(
            CaseState::Unsuccessful.after(Reopen),
            Some(CaseState::InMediation)
        );
        assert_eq!(CaseState::Successful.after(Reopen), None);
        assert_eq!(CaseState::Withdrawn.actions(), Vec::<CaseAction>::new());
        assert_eq!(CaseState::InMediation.actions(), [Succeed, Fail, Withdraw]);
    }

    #[test]
    fn a_case_not_started_three_days_after_its_assignment_day_is_overdue() {
        let assigned = NaiveDate::from_ymd_opt(2024, 5, 1);
        let later = |d: i64| assigned.unwrap_or_default() + chrono::Duration::days(d);
        assert!(!start_overdue(CaseState::Assigned, assigned, later(0)));
        assert!(!start_overdue(CaseState::Assigned, assigned, later(3)));
        assert!(start_overdue(CaseState::Assigned, assigned, later(4)));
        assert!(start_overdue(CaseState::Assigned, assigned, later(9)));
        assert!(!start_overdue(CaseState::InMediation, assigned, later(9)));
        assert!(!start_overdue(CaseState::Assigned, None, later(9)));
        assert_eq!(start_overdue_before(later(4)), later(1));
    }
}
