//! The final review of a plan (task II.5): what each task achieved with
//! its evidence, the registers' figures over the plan's period, the
//! commendations decided, and the Justice Office's (or the ward's)
//! assessment, lessons and proposals.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::pilots::Commendation;
use crate::api::reports::{ReportLine, ReportTask};
use crate::api::units::UnitSummary;
use crate::{PlanId, TaskId};

/// What the reviewer writes of one task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TaskAssessment {
    pub task_id: TaskId,
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub assessment: String,
}

/// The review as written; every text may stay empty while it is drafted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FinalReviewInput {
    /// The overall assessment (đánh giá chung).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub summary: String,
    /// Lessons learnt (bài học kinh nghiệm).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub lessons: String,
    /// Proposals for the next period (đề xuất, kiến nghị).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub proposals: String,
    /// Tasks of the plan, each at most once.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub tasks: Vec<TaskAssessment>,
}

/// A task with where it stands, its evidence and the reviewer's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewedTask {
    pub task: ReportTask,
    pub assessment: String,
}

/// A plan's final review: the registers' figures and the tasks as they
/// stand now, with what was written of them (`version` 0 and empty texts
/// before anything is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FinalReview {
    pub plan_id: PlanId,
    pub plan_title: String,
    /// "42/KH-UBND".
    pub plan_number: String,
    pub unit: UnitSummary,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// The registers' figures count up to this day: the period's end, or
    /// today while it runs.
    pub figures_until: NaiveDate,
    pub lines: Vec<ReportLine>,
    /// Former units whose records are counted.
    pub predecessors: Vec<UnitSummary>,
    pub tasks: Vec<ReviewedTask>,
    /// Commendations approved for the years of the period, within the
    /// plan's unit.
    pub commendations: Vec<Commendation>,
    pub summary: String,
    pub lessons: String,
    pub proposals: String,
    pub written_by_name: Option<String>,
    pub written_at: Option<DateTime<Utc>>,
    pub can_edit: bool,
    /// The review's version (also its `ETag`), for `If-Match`; 0 before
    /// it is first written.
    pub version: i32,
}
