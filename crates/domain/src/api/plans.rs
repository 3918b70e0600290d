use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::library::TaskLibrary;
use crate::api::materials::TaskMaterials;
use crate::api::reports::ReportPeriod;
use crate::api::trainings::Course;
use crate::api::units::{OrganisationSummary, UnitSummary};
use crate::plan::{DocumentRef, PartyGroup, PartyRole, PlanStatus, TaskStatus};
use crate::reports::ReportStatus;
use crate::schedule::Schedule;
use crate::{EvidenceId, OrganisationId, PlanId, ReportId, TaskId, TaskUpdateId, UnitId};

/// A plan as listed: its document, owner and how far its tasks are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanSummary {
    pub id: PlanId,
    pub unit: UnitSummary,
    pub document: DocumentRef,
    pub title: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub status: PlanStatus,
    /// The higher plan this one was made from (a ward's from the city's).
    pub parent_plan_id: Option<PlanId>,
    pub task_count: i64,
    pub done_count: i64,
    pub overdue_count: i64,
    /// Mean progress of the tasks, 0–100.
    pub progress: i32,
}

/// Section III of a plan: what each body must do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// As written, e.g. "Phòng Văn hoá - Thông tin, Đài Truyền thanh - Truyền hình thành phố".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub heading: String,
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    #[serde(flatten)]
    pub summary: PlanSummary,
    /// "TP. Thái Bình"
    pub issued_place: String,
    pub signer_name: String,
    /// "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    pub signer_title: String,
    pub legal_basis: Vec<DocumentRef>,
    pub purpose: String,
    pub requirements: String,
    pub funding: String,
    pub duties: Vec<Duty>,
    pub tasks: Vec<Task>,
    /// Whether the caller may edit the plan and add tasks.
    pub can_manage: bool,
    /// Whether the caller (a ward official) may make their ward's plan from this one.
    pub can_derive_ward_plan: bool,
    /// The caller's ward plan made from this one, if any.
    pub ward_plan_id: Option<PlanId>,
    /// The plan's version, sent back in `If-Match` to change it (also its `ETag`).
    pub version: i32,
}

/// The fields of a plan a city or ward official writes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    pub document: DocumentRef,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1000))]
    pub title: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub issued_place: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub signer_name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub signer_title: String,
    #[serde(default)]
    pub legal_basis: Vec<DocumentRef>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub purpose: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub requirements: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub funding: String,
    #[serde(default)]
    pub duties: Vec<Duty>,
    pub status: PlanStatus,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PlanQuery {
    pub unit_id: Option<UnitId>,
    /// Plans whose period includes this year.
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
    pub status: Option<PlanStatus>,
    /// Only plans made from this one (ward plans of a city plan).
    pub parent_plan_id: Option<PlanId>,
}

/// Who leads or coordinates a task: one organisation, or a group as the
/// plan names it ("UBND phường, xã").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    pub role: PartyRole,
    pub organisation: Option<OrganisationSummary>,
    pub group: Option<PartyGroup>,
    /// The words of the plan.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PartyInput {
    pub role: PartyRole,
    #[serde(default)]
    pub organisation_id: Option<OrganisationId>,
    #[serde(default)]
    pub group: Option<PartyGroup>,
    /// Defaults to the organisation's name.
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Task {
    pub id: TaskId,
    pub plan_id: PlanId,
    /// As written in the plan: "II.1", "II.3.a".
    pub code: String,
    pub title: String,
    pub description: String,
    pub schedule: Schedule,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub status: TaskStatus,
    /// 0–100
    pub progress: i32,
    /// Open and past its due day (in Vietnam's calendar).
    pub overdue: bool,
    pub parties: Vec<Party>,
    /// Whether ward plans take this task over.
    pub concerns_wards: bool,
    /// The city task a ward task was copied from.
    pub origin_task_id: Option<TaskId>,
    pub updated_at: DateTime<Utc>,
    /// The task's version, sent back in `If-Match` to change it (also the
    /// `ETag` of `GET /tasks/{id}`).
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TaskInput {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20))]
    pub code: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub description: String,
    pub schedule: Schedule,
    #[serde(default)]
    pub concerns_wards: bool,
    #[serde(default)]
    pub parties: Vec<PartyInput>,
}

/// A plan's tasks in their new order: every task of the plan, each once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TaskOrder {
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub task_ids: Vec<TaskId>,
}

/// Records that the event a task waits for has happened.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EventHappened {
    pub happened_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// "Số hòa giải viên được tập huấn"
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub label: String,
    /// "120"
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub value: String,
}

/// A progress report on a task. Sent as the `update` part (JSON) of a
/// multipart form whose `files` parts are the evidence.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TaskUpdateInput {
    pub reported_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub body: String,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub status: TaskStatus,
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100))]
    pub progress: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Evidence {
    pub id: EvidenceId,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskUpdate {
    pub id: TaskUpdateId,
    pub task_id: TaskId,
    pub reported_on: NaiveDate,
    pub body: String,
    pub figures: Vec<Figure>,
    pub status: TaskStatus,
    pub progress: i32,
    pub author_name: String,
    pub author_organisation: Option<OrganisationSummary>,
    pub created_at: DateTime<Utc>,
    pub evidence: Vec<Evidence>,
}

/// A task page: the task, its plan, its reports, and whether the caller may report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskDetail {
    pub task: Task,
    pub plan: PlanSummary,
    pub updates: Vec<TaskUpdate>,
    pub can_report: bool,
    /// Whether the caller may record that the awaited event happened.
    pub can_manage: bool,
    /// The training courses that serve the task (task II.2).
    pub trainings: TaskTrainings,
    /// The material sets printed for the task (task II.1).
    pub materials: TaskMaterials,
    /// The library items published for the task (task II.3.a).
    pub library: TaskLibrary,
}

/// A task's training courses and what they have done so far: the task's
/// progress read from the records, not only from its reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskTrainings {
    /// Courses for the task (or for the city task a ward task copies)
    /// that the caller reads, newest first.
    pub courses: Vec<Course>,
    /// Mediators present at a session of these courses at least once.
    pub attended: i64,
    /// Certificates these courses issued.
    pub certified: i64,
    /// Whether the caller may open a course in their own unit.
    pub can_open: bool,
}

/// A task with its plan, for due and overdue lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueTask {
    pub task: Task,
    pub plan_id: PlanId,
    pub plan_document: String,
    pub plan_unit: UnitSummary,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DueQuery {
    /// Tasks due within this many days from today (default 30, at most 366);
    /// overdue tasks are always included.
    #[cfg_attr(feature = "openapi", param(minimum = 0, maximum = 366))]
    pub days: Option<i64>,
    /// Only tasks of plans of this unit (and below).
    pub unit_id: Option<UnitId>,
    /// Only tasks this organisation leads.
    pub organisation_id: Option<OrganisationId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueList {
    /// Today in Vietnam, which due days are compared with.
    pub today: NaiveDate,
    pub overdue: Vec<DueTask>,
    pub due_soon: Vec<DueTask>,
    /// Periodic reports past their due day and not yet submitted.
    pub reports_overdue: Vec<DueReport>,
    /// The caller's periodic reports due within the days asked.
    pub reports_due_soon: Vec<DueReport>,
}

/// A periodic report owed by rhythm (plan 42, section III: a ward reports
/// every six months and yearly to the city, the Justice Office to the
/// city's committee and the province), not yet submitted: the caller's
/// own, or, for the Justice Office, a ward's that is late.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueReport {
    pub unit: UnitSummary,
    pub period: ReportPeriod,
    /// The day it is due at the unit above.
    pub due_on: NaiveDate,
    /// The report when one was started (a draft or returned), else none.
    pub report_id: Option<ReportId>,
    pub status: Option<ReportStatus>,
    /// Whether the caller prepares it (false: a ward's, followed by the
    /// Justice Office).
    pub own: bool,
}
