//! Supervision (giám sát) by the Fatherland Front and its member
//! organisations, and the answers of the ward or the Justice Office; the
//! trainers and materials legal partners supply.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::mediators::TeamRef;
use crate::api::questions::Answer;
use crate::api::units::UnitSummary;
use crate::supervision::{SupervisionStatus, SupervisionSubject, SupportKind};
use crate::{CourseId, PlanId, SupervisionId, TaskId, TeamId, UnitId};

/// A supervision as recorded: name the one thing it looked at (`team_id`
/// for a team, `unit_id` for a ward's work, `task_id` for a plan's task).
/// Findings and recommendations speak of the work, never of a case's
/// parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SupervisionInput {
    pub subject: SupervisionSubject,
    #[serde(default)]
    pub team_id: Option<TeamId>,
    #[serde(default)]
    pub unit_id: Option<UnitId>,
    #[serde(default)]
    pub task_id: Option<TaskId>,
    /// The day of the supervision, not after today.
    pub supervised_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub findings: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub recommendations: String,
}

/// The plan task a supervision looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupervisedTask {
    pub id: TaskId,
    pub plan_id: PlanId,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Supervision {
    pub id: SupervisionId,
    /// The unit whose work was supervised.
    pub unit: UnitSummary,
    pub subject: SupervisionSubject,
    /// The team, when the subject is a team.
    pub team: Option<TeamRef>,
    /// The task, when the subject is a plan's task.
    pub task: Option<SupervisedTask>,
    pub supervised_on: NaiveDate,
    pub findings: String,
    pub recommendations: String,
    pub recorded_by_name: String,
    /// The organisation that supervised, when its member recorded it.
    pub organisation_name: Option<String>,
    pub recorded_at: DateTime<Utc>,
    pub status: SupervisionStatus,
    /// Oldest first.
    pub answers: Vec<Answer>,
    pub can_answer: bool,
    /// The record's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct SupervisionQuery {
    /// Only the supervisions of this unit's tree (within the caller's).
    pub unit_id: Option<UnitId>,
    pub status: Option<SupervisionStatus>,
    pub subject: Option<SupervisionSubject>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupervisionPage {
    /// Newest recorded first.
    pub items: Vec<Supervision>,
    pub next_cursor: Option<String>,
}

/// Trainers sent or materials given by a legal partner to the mediators
/// of a unit in its scope, for a course when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SupportInput {
    pub kind: SupportKind,
    /// The city or ward whose mediators it serves.
    pub unit_id: UnitId,
    #[serde(default)]
    pub course_id: Option<CourseId>,
    /// Not after today.
    pub supplied_on: NaiveDate,
    /// Who was sent, or which materials.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub description: String,
    /// People sent, or copies given.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000000))]
    pub quantity: i32,
}

/// A course a support went to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportedCourse {
    pub id: CourseId,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Support {
    pub id: i64,
    pub kind: SupportKind,
    pub unit: UnitSummary,
    pub course: Option<SupportedCourse>,
    pub supplied_on: NaiveDate,
    pub description: String,
    pub quantity: i32,
    pub recorded_by_name: String,
    pub organisation_name: Option<String>,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct SupportQuery {
    pub kind: Option<SupportKind>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportPage {
    /// Newest supplied first.
    pub items: Vec<Support>,
    pub next_cursor: Option<String>,
}
