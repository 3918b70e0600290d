//! Reporting periods and the indicators computed from the registers.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::units::UnitSummary;
use crate::plan::TaskStatus;
use crate::reports::{Measure, ReportStatus, ReviewOutcome};
use crate::{EvidenceId, PlanId, ReportId, TaskId, UnitId};

/// A reporting period of one year (TT 03/2019/TT-BTP, Điều 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportPeriod {
    /// The kind of period: `half_year`, `year_preliminary`, `year_official`.
    pub code: String,
    pub year: i32,
    /// "6 tháng đầu năm 2025".
    pub name_vi: String,
    pub name_en: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Figures are actual up to this day (the cut-off); the rest of the
    /// period is estimated.
    pub actual_until: NaiveDate,
    /// When a ward's report is due at the city.
    pub ward_due_on: NaiveDate,
    /// When the city's report is due at the province.
    pub city_due_on: NaiveDate,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PeriodQuery {
    /// Default: this year in Vietnam.
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct IndicatorQuery {
    /// A commune or ward, a city or district, a province; default the
    /// caller's own unit.
    pub unit_id: Option<UnitId>,
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: i32,
    /// The period's `code` (see `/report-periods`).
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub period: String,
}

/// The indicators of a unit for a period, computed now from the registers:
/// cases received from the period's start to its cut-off, with their
/// result as recorded now; mediators on the register at the cut-off;
/// pay paid in the period; villages valid at the cut-off. The units
/// counted are the unit's tree and, for a period ending after a
/// reorganisation, the trees of the units it took over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorTable {
    pub unit: UnitSummary,
    pub period: ReportPeriod,
    /// Former units whose records are counted here.
    pub predecessors: Vec<UnitSummary>,
    pub computed_at: DateTime<Utc>,
    /// Each line's `actual` figure (no estimates here).
    pub rows: Vec<ReportLine>,
}

/// One line of a report: the figure from the registers up to the cut-off
/// (`actual`), the figure estimated for the rest of the period, and their
/// sum. A city's lines sum its wards' accepted reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportLine {
    pub code: String,
    pub section_vi: String,
    pub section_en: String,
    pub label_vi: String,
    pub label_en: String,
    pub unit_vi: String,
    pub unit_en: String,
    pub measure: Measure,
    pub actual: Option<i64>,
    pub estimate: Option<i64>,
    pub total: Option<i64>,
}

/// A report whose figures were summed into this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportSource {
    pub report_id: ReportId,
    pub unit: UnitSummary,
    /// The accepted version that was summed.
    pub version: i32,
}

/// What a report says: live while it is prepared, frozen once submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportContent {
    pub unit: UnitSummary,
    pub period: ReportPeriod,
    /// "05/BC-UBND".
    pub number: String,
    pub commentary: String,
    /// Former units whose records are counted.
    pub predecessors: Vec<UnitSummary>,
    /// For a city: the accepted reports summed.
    pub sources: Vec<ReportSource>,
    pub computed_at: DateTime<Utc>,
    pub lines: Vec<ReportLine>,
    /// The tasks of the unit's plans for the period's year, as they stood
    /// when the report was read (or submitted, once frozen). Reports
    /// submitted before tasks were listed have none.
    #[serde(default)]
    pub tasks: Vec<ReportTask>,
}

/// A task of the unit's plan with where it stands and its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportTask {
    pub task_id: TaskId,
    pub plan_id: PlanId,
    /// "II.2".
    pub code: String,
    pub title: String,
    pub status: TaskStatus,
    /// 0 to 100.
    pub progress: i32,
    pub due_on: Option<NaiveDate>,
    /// The evidence files of its progress reports (`/evidence/{id}`).
    pub evidence: Vec<ReportEvidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportEvidence {
    pub id: EvidenceId,
    pub file_name: String,
}

/// One submission and what the unit above made of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportSubmission {
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: String,
    pub outcome: ReviewOutcome,
    /// Why it was returned, or a note on acceptance.
    pub comment: String,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub reviewed_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub id: ReportId,
    pub status: ReportStatus,
    /// For `If-Match`.
    pub version: i32,
    /// The submitted version shown while submitted or accepted; the live
    /// figures while a draft or returned.
    pub content: ReportContent,
    /// Every submission, oldest first.
    pub submissions: Vec<ReportSubmission>,
    /// Due at the unit above.
    pub due_on: NaiveDate,
    pub may_edit: bool,
    pub may_review: bool,
    /// Whether estimates may be written: the report counts its registers
    /// and its period has days after the cut-off.
    pub takes_estimates: bool,
}

/// Starts a unit's report for a period.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewReport {
    /// Default: the caller's unit.
    pub unit_id: Option<UnitId>,
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2199))]
    pub year: i32,
    #[cfg_attr(feature = "openapi", schema(max_length = 40))]
    pub period: String,
}

/// What the preparer writes: the number, the commentary and the estimates
/// for the days after the cut-off (indicator code → figure).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 40))]
    pub number: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub commentary: String,
    #[serde(default)]
    pub estimates: BTreeMap<String, i64>,
}

/// The unit above accepts a submitted report or returns it with comments.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    pub accepted: bool,
    /// Required when returning.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub comment: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// Default: the caller's unit.
    pub unit_id: Option<UnitId>,
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: i32,
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub period: String,
}

/// Where one unit's report for the period stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitReportStatus {
    pub unit: UnitSummary,
    pub report_id: Option<ReportId>,
    /// `null`: not started.
    pub status: Option<ReportStatus>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub due_on: NaiveDate,
    /// Not submitted by the due day (or submitted after it).
    pub late: bool,
}

/// The reports of a unit and of the units reporting to it, for a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportOverview {
    pub period: ReportPeriod,
    /// The unit asked about.
    pub own: UnitReportStatus,
    /// The wards (or cities) whose reports it sums; missing ones included.
    pub reporting: Vec<UnitReportStatus>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct ReportChangeQuery {
    /// Changes after this moment (RFC 3339); default: all.
    pub since: Option<DateTime<Utc>>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

/// A report as it stands after its last change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportChange {
    pub id: ReportId,
    pub unit: UnitSummary,
    pub year: i32,
    /// The period's code.
    pub period: String,
    pub status: ReportStatus,
    pub version: i32,
    /// The number of its last submission, if any (read it at
    /// `/reports/{id}/submissions/{n}`).
    pub submission: Option<i32>,
    pub updated_at: DateTime<Utc>,
}

/// Reports changed in the caller's scope, oldest change first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportChangePage {
    pub items: Vec<ReportChange>,
    /// Pass it back for the next page; `null` when this page is the last.
    pub next_cursor: Option<String>,
}
