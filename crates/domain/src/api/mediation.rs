//! Teams, mediators and cases as the API sends and receives them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::trainings::MediatorTraining;
use crate::api::units::UnitSummary;
use crate::mediation::{
    CaseAction, CaseGroup, CaseKind, CaseStart, CaseState, Education, ElectionMethod, Execution,
    LeaveReason, MediatorEventKind, PartyKind, Sex, TeamRule,
};
use crate::plan::DocumentRef;
use crate::reports::CaseResult;
use crate::{CaseId, MediatorId, TeamId, UnitId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorSummary {
    pub id: MediatorId,
    pub full_name: String,
    pub sex: Sex,
    pub birth_year: i32,
    pub ethnicity: String,
    /// False once the mediator has left.
    pub active: bool,
    pub is_leader: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Team {
    pub id: TeamId,
    /// The village or residential group the team serves.
    pub unit: UnitSummary,
    pub name: String,
    pub founded_by: Option<DocumentRef>,
    pub members: Vec<MediatorSummary>,
    /// Rules of the law the team does not meet now (a mediator left).
    pub shortfalls: Vec<TeamRule>,
    /// The team's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

/// Election by household representatives (more than 50%).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Election {
    pub on: NaiveDate,
    pub method: ElectionMethod,
    /// Share of household representatives in favour, in percent.
    #[cfg_attr(feature = "openapi", schema(exclusive_minimum = 50, maximum = 100))]
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MediatorInput {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub full_name: String,
    pub sex: Sex,
    /// An adult: 18 to 110 years old in the current year.
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2199))]
    pub birth_year: i32,
    /// "Kinh" when not given.
    #[serde(default)]
    pub ethnicity: Option<String>,
    pub education: Education,
    /// E.g. "Luật sư", "Thẩm phán đã nghỉ hưu", "Công an".
    #[serde(default)]
    pub occupation: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub elected: Option<Election>,
    /// The chairman's decision recognising the mediator.
    #[serde(default)]
    pub recognised_by: Option<DocumentRef>,
}

/// A new team with its members: the law's composition rules are checked
/// on the members given.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TeamInput {
    pub unit_id: UnitId,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub name: String,
    #[serde(default)]
    pub founded_by: Option<DocumentRef>,
    /// At least three, at least one of them a woman and, where the unit is
    /// an ethnic-minority area, at least one from an ethnic minority.
    #[cfg_attr(feature = "openapi", schema(min_items = 3))]
    pub members: Vec<MediatorInput>,
    /// Index in `members` of the elected leader.
    #[serde(default)]
    pub leader: Option<usize>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct TeamQuery {
    /// Teams of this unit and the units below it.
    pub unit_id: Option<UnitId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorEvent {
    pub kind: MediatorEventKind,
    pub occurred_on: NaiveDate,
    pub method: Option<ElectionMethod>,
    pub percent: Option<f64>,
    pub decision: Option<DocumentRef>,
    pub reason: Option<LeaveReason>,
    pub note: String,
    /// Set when a recognition came later than 5 working days after election.
    pub late: bool,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MediatorEventInput {
    pub kind: MediatorEventKind,
    pub occurred_on: NaiveDate,
    #[serde(default)]
    pub method: Option<ElectionMethod>,
    #[serde(default)]
    pub percent: Option<f64>,
    #[serde(default)]
    pub decision: Option<DocumentRef>,
    #[serde(default)]
    pub reason: Option<LeaveReason>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mediator {
    #[serde(flatten)]
    pub summary: MediatorSummary,
    pub team_id: Option<TeamId>,
    pub education: Education,
    pub occupation: String,
    pub phone: String,
    /// Elected, recognised, leader elected, left: never deleted.
    pub history: Vec<MediatorEvent>,
    /// The courses the mediator was invited to, newest first.
    pub trainings: Vec<MediatorTraining>,
    /// The mediator's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseParty {
    pub kind: PartyKind,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub name: String,
    /// No later than the current year.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2199))]
    pub birth_year: Option<i32>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub address: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseInput {
    pub team_id: TeamId,
    pub received_on: NaiveDate,
    pub start: CaseStart,
    /// The agency, organisation or person that proposed mediation.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub proposed_by: String,
    pub kind: CaseKind,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub summary: String,
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub parties: Vec<CaseParty>,
    /// People invited to take part (village elders, relatives, …).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub invited: Vec<String>,
    #[serde(default)]
    pub public_session: bool,
    #[serde(default)]
    pub risk_of_violence: bool,
    #[serde(default)]
    pub signs_of_offence: bool,
}

/// One step of the workflow, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseEvent {
    pub action: CaseAction,
    pub state: CaseState,
    /// The day the step happened, as the user recorded it; the rules count
    /// from it.
    pub on: NaiveDate,
    pub note: String,
    pub by: String,
    /// When the step was written down (the server's clock).
    pub at: DateTime<Utc>,
    /// Written down more than 3 days after the day it happened.
    pub recorded_late: bool,
}

/// A case. `parties`, `invited`, `summary` and `outcome` are personal
/// data: absent for partners and the province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Case {
    pub id: CaseId,
    pub unit: UnitSummary,
    pub team_id: TeamId,
    pub team_name: String,
    /// Entry number in the team's logbook for the year received.
    pub entry_no: i32,
    pub received_on: NaiveDate,
    pub start: CaseStart,
    pub kind: CaseKind,
    pub group: CaseGroup,
    pub state: CaseState,
    pub public_session: bool,
    pub risk_of_violence: bool,
    pub signs_of_offence: bool,
    pub mediators: Vec<MediatorSummary>,
    /// The day of the (latest) assignment, as the user recorded it.
    pub assigned_on: Option<NaiveDate>,
    /// When that assignment was written down (the server's clock).
    pub assigned_at: Option<DateTime<Utc>>,
    pub closed_on: Option<NaiveDate>,
    /// Assigned more than 3 days before today (counted from `assigned_on`)
    /// and not started.
    pub start_overdue: bool,
    /// What the caller may do next.
    pub actions: Vec<CaseAction>,
    pub personal_data_visible: bool,
    pub summary: Option<String>,
    pub parties: Option<Vec<CaseParty>>,
    pub invited: Option<Vec<String>>,
    pub proposed_by: Option<String>,
    /// The agreement, or each side's demands when unsuccessful.
    pub outcome: Option<String>,
    /// Follow-up of a successful case's agreement, once recorded.
    pub execution: Option<Execution>,
    /// Whether a written success record was saved.
    pub has_record: bool,
    pub history: Vec<CaseEvent>,
    /// The case's version (also its `ETag`, and that of its success
    /// record), sent back in `If-Match` to change it.
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStep {
    pub action: CaseAction,
    pub on: NaiveDate,
    /// For `assign`: the mediators, at least one; each declares any interest in the matter.
    #[serde(default)]
    pub mediators: Vec<Assignment>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub note: String,
    /// For `succeed`/`fail`: the agreement or each side's demands, 1 to
    /// 20000 characters.
    #[serde(default)]
    pub outcome: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub mediator_id: MediatorId,
    /// A mediator with an interest in the matter may not mediate it.
    #[serde(default)]
    pub has_interest: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct CaseQuery {
    pub unit_id: Option<UnitId>,
    pub team_id: Option<TeamId>,
    pub kind: Option<CaseKind>,
    pub state: Option<CaseState>,
    /// The statistics group of the kind (civil, marriage and family, other).
    pub group: Option<CaseGroup>,
    /// Where the case stands in a report (not yet handled: received or
    /// assigned; in progress; successful; unsuccessful; withdrawn).
    pub result: Option<CaseResult>,
    /// Received on or after (YYYY-MM-DD).
    pub from: Option<NaiveDate>,
    /// Received on or before.
    pub to: Option<NaiveDate>,
    /// Only cases assigned more than 3 days ago (by the day recorded for
    /// the assignment) and not started.
    pub overdue: Option<bool>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CasePage {
    /// Newest received first.
    pub items: Vec<Case>,
    pub next_cursor: Option<String>,
}

/// Something the caller's unit must act on: a case flagged for violence or
/// an offence, a team below the law's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    /// `case_flagged` or `team_below_rules`.
    pub kind: String,
    pub case_id: Option<CaseId>,
    pub message: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StateCount {
    pub state: CaseState,
    pub count: i64,
    /// Of these, how many are assigned and not started within 3 days of
    /// the day recorded for the assignment (only ever set for `assigned`).
    pub start_overdue: i64,
}
