//! Training courses as the API sends and receives them: the course with
//! its sessions and audience, the mediators invited, attendance.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::api::imports::ImportProblem;
use crate::api::mediation::MediatorSummary;
use crate::api::mediators::TeamRef;
use crate::api::units::{OrganisationSummary, UnitSummary};
use crate::trainings::AttendanceStatus;
use crate::{CourseId, MediatorId, OrganisationId, SessionId, TaskId, UnitId, UserId};

/// Someone who teaches a session: a judge, a procurator, a lawyer, an
/// officer of the Justice Office (a user with the `legal_partner` role
/// may take attendance for the sessions naming them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Trainer {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub name: String,
    #[serde(default)]
    pub organisation_id: Option<OrganisationId>,
    #[serde(default)]
    pub user_id: Option<UserId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionInput {
    pub held_on: NaiveDate,
    /// "08:00".
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", example = "08:00"))]
    pub starts_at: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", example = "11:30"))]
    pub ends_at: NaiveTime,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub place: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub topic: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub trainers: Vec<Trainer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CourseInput {
    /// The organising unit: a city (its Justice Office) or a ward.
    pub unit_id: UnitId,
    /// The plan task the course serves (II.2).
    #[serde(default)]
    pub task_id: Option<TaskId>,
    #[serde(default)]
    pub organiser_id: Option<OrganisationId>,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub venue: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100000))]
    pub capacity: Option<i32>,
    /// Attendance a certificate needs, in minutes (0: any attendance).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 100000))]
    pub min_minutes: i32,
    /// The wards (or villages) the course is meant for, within the
    /// organising unit.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub audience: Vec<UnitId>,
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 50))]
    pub sessions: Vec<SessionInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub id: SessionId,
    pub held_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", example = "08:00:00"))]
    pub starts_at: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", example = "11:30:00"))]
    pub ends_at: NaiveTime,
    pub minutes: i32,
    pub place: String,
    pub topic: String,
    pub trainers: Vec<Trainer>,
    /// Marks recorded so far.
    pub marked: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Course {
    pub id: CourseId,
    pub unit: UnitSummary,
    pub task_id: Option<TaskId>,
    pub organiser: Option<OrganisationSummary>,
    pub title: String,
    pub venue: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: Option<i32>,
    pub min_minutes: i32,
    pub audience: Vec<UnitSummary>,
    pub sessions: Vec<Session>,
    pub invited: i64,
    /// Whether the caller may change the course and invite.
    pub manage: bool,
    /// The course's version (also its `ETag`).
    pub version: i32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct CourseQuery {
    /// Courses organised by this unit or the units below it, and those
    /// meant for it (default: the caller's unit).
    pub unit_id: Option<UnitId>,
    pub task_id: Option<TaskId>,
    /// Courses starting in this year.
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvitationInput {
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 1000))]
    pub mediator_ids: Vec<MediatorId>,
}

/// An invited mediator with the attendance recorded so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitee {
    pub mediator: MediatorSummary,
    pub team: TeamRef,
    pub commune: Option<UnitSummary>,
    /// Minutes present over every session.
    pub minutes: i64,
    /// Whether the minutes meet the course's minimum.
    pub certified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkInput {
    pub mediator_id: MediatorId,
    pub status: AttendanceStatus,
    /// Minutes present, when less than the whole session.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 1440))]
    pub minutes: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttendanceInput {
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 1000))]
    pub marks: Vec<MarkInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mark {
    pub mediator_id: MediatorId,
    pub full_name: String,
    pub status: AttendanceStatus,
    pub minutes: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionAttendance {
    pub session_id: SessionId,
    pub marks: Vec<Mark>,
}

/// A mark an attendance sheet gives, matched to an invitee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SheetMark {
    /// The line of the file.
    pub line: usize,
    pub mediator: MediatorSummary,
    pub team: TeamRef,
    pub status: AttendanceStatus,
    /// Minutes present, when the sheet gives fewer than the session's.
    pub minutes: Option<i32>,
}

/// An attendance sheet read against a session's invitees. Nothing is
/// recorded: the marks, once the problems are fixed, are sent to the
/// session's attendance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceSheet {
    pub session_id: SessionId,
    pub file_name: String,
    pub marks: Vec<SheetMark>,
    pub problems: Vec<ImportProblem>,
}

/// A certificate of attendance issued to a mediator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Certificate {
    pub mediator_id: MediatorId,
    pub full_name: String,
    /// Numbered per course in the order issued.
    pub number: i32,
    /// Minutes present when it was issued.
    pub minutes: i32,
    pub issued_on: NaiveDate,
}

/// A course a mediator was invited to, on their profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorTraining {
    pub course_id: CourseId,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Minutes present over the course's sessions.
    pub minutes: i64,
    /// The number of the certificate received, if any.
    pub certificate: Option<i32>,
}
