//! The dashboard: what the city looks at first, as figures that the web
//! app draws as charts and the XLSX export writes as sheets.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::reports::ReportOverview;
use crate::api::units::UnitSummary;
use crate::mediation::TeamRule;
use crate::plan::TaskStatus;
use crate::reports::{CaseResult, ReportStatus};
use crate::{Lang, PlanId, UnitId};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct DashboardQuery {
    /// A commune or ward, a city or district, a province; default the
    /// caller's own unit.
    pub unit_id: Option<UnitId>,
    /// Default: this year in Vietnam.
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
    /// The reporting period whose reports are shown (a `code` of
    /// `/report-periods`); default the year's latest period that has
    /// ended, or its first.
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub period: Option<String>,
}

/// Cases of one unit received in one month with one result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseCell {
    pub unit_id: UnitId,
    /// 1 to 12.
    pub month: u32,
    pub result: CaseResult,
    pub n: i64,
}

/// How many teams fall short of one composition rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleCount {
    pub rule: TeamRule,
    pub n: i64,
}

/// The teams of one unit against the law's composition rules (Điều 12
/// Luật Hòa giải ở cơ sở), as the register stands now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamCompliance {
    pub unit_id: UnitId,
    pub teams: i64,
    /// Teams that fall short of at least one rule.
    pub failing: i64,
    /// For each rule, the teams that fall short of it (a team may fall
    /// short of several).
    pub by_rule: Vec<RuleCount>,
}

string_enum! {
    /// Where a task stands on the dashboard: its status, with the open
    /// tasks past their due day counted apart.
    pub enum TaskBar {
        Done => "done",
        InProgress => "in_progress",
        NotStarted => "not_started",
        Overdue => "overdue",
        Cancelled => "cancelled",
    }
}

impl TaskBar {
    pub fn of(status: TaskStatus, due_on: Option<NaiveDate>, today: NaiveDate) -> TaskBar {
        let open = matches!(status, TaskStatus::NotStarted | TaskStatus::InProgress);
        match status {
            _ if open && due_on.is_some_and(|due| due < today) => TaskBar::Overdue,
            TaskStatus::Done => TaskBar::Done,
            TaskStatus::InProgress => TaskBar::InProgress,
            TaskStatus::NotStarted => TaskBar::NotStarted,
            TaskStatus::Cancelled => TaskBar::Cancelled,
        }
    }
}

impl TaskBar {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TaskBar::Done, Lang::Vi) => "Đã hoàn thành",
            (TaskBar::Done, Lang::En) => "Done",
            (TaskBar::InProgress, Lang::Vi) => "Đang thực hiện",
            (TaskBar::InProgress, Lang::En) => "In progress",
            (TaskBar::NotStarted, Lang::Vi) => "Chưa thực hiện",
            (TaskBar::NotStarted, Lang::En) => "Not started",
            (TaskBar::Overdue, Lang::Vi) => "Quá hạn",
            (TaskBar::Overdue, Lang::En) => "Overdue",
            (TaskBar::Cancelled, Lang::Vi) => "Đã hủy",
            (TaskBar::Cancelled, Lang::En) => "Cancelled",
        }
    }
}

string_enum! {
    /// Where a unit's report stands on the dashboard.
    pub enum ReportStanding {
        Accepted => "accepted",
        Submitted => "submitted",
        Returned => "returned",
        Draft => "draft",
        NotStarted => "not_started",
    }
}

impl ReportStanding {
    pub fn of(status: Option<ReportStatus>) -> ReportStanding {
        match status {
            Some(ReportStatus::Accepted) => ReportStanding::Accepted,
            Some(ReportStatus::Submitted) => ReportStanding::Submitted,
            Some(ReportStatus::Returned) => ReportStanding::Returned,
            Some(ReportStatus::Draft) => ReportStanding::Draft,
            None => ReportStanding::NotStarted,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ReportStanding::Accepted, Lang::Vi) => "Đã chấp nhận",
            (ReportStanding::Accepted, Lang::En) => "Accepted",
            (ReportStanding::Submitted, Lang::Vi) => "Đã gửi, chờ duyệt",
            (ReportStanding::Submitted, Lang::En) => "Submitted",
            (ReportStanding::Returned, Lang::Vi) => "Bị trả lại",
            (ReportStanding::Returned, Lang::En) => "Returned",
            (ReportStanding::Draft, Lang::Vi) => "Đang soạn",
            (ReportStanding::Draft, Lang::En) => "Draft",
            (ReportStanding::NotStarted, Lang::Vi) => "Chưa lập",
            (ReportStanding::NotStarted, Lang::En) => "Not started",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskCount {
    pub bar: TaskBar,
    pub n: i64,
}

/// The tasks of the unit's plan for the year, by where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanProgress {
    pub plan_id: PlanId,
    /// "Kế hoạch số 42/KH-UBND …".
    pub title: String,
    pub doc_number: String,
    /// Every bar, zeros included, in the order of `TaskBar`.
    pub tasks: Vec<TaskCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub unit: UnitSummary,
    pub year: i32,
    /// The units the charts compare: those that report to `unit`, or
    /// `unit` alone when none do. A unit's figures include the former
    /// units it took over.
    pub units: Vec<UnitSummary>,
    /// Cases received in the year by unit, month and result as recorded
    /// now; cells with no case are left out.
    pub cases: Vec<CaseCell>,
    pub teams: Vec<TeamCompliance>,
    /// The reports of the chosen period.
    pub reports: ReportOverview,
    /// `null` when the unit has no plan for the year.
    pub plan: Option<PlanProgress>,
    pub computed_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, d).unwrap_or_default()
    }

    #[test]
    fn open_tasks_past_their_day_are_overdue() {
        let today = day(10);
        assert_eq!(
            TaskBar::of(TaskStatus::InProgress, Some(day(9)), today),
            TaskBar::Overdue
        );
        assert_eq!(
            TaskBar::of(TaskStatus::NotStarted, Some(day(9)), today),
            TaskBar::Overdue
        );
        assert_eq!(
            TaskBar::of(TaskStatus::InProgress, Some(day(10)), today),
            TaskBar::InProgress
        );
        assert_eq!(
            TaskBar::of(TaskStatus::NotStarted, None, today),
            TaskBar::NotStarted
        );
        assert_eq!(
            TaskBar::of(TaskStatus::Done, Some(day(1)), today),
            TaskBar::Done
        );
        assert_eq!(
            TaskBar::of(TaskStatus::Cancelled, Some(day(1)), today),
            TaskBar::Cancelled
        );
    }
}
