use std::collections::HashSet;

use hgcs_db::PgConnection;
use hgcs_db::models::course::{self, CourseRow, SessionRow};
use hgcs_db::models::unit;
use hgcs_domain::api::trainings::Trainer;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{CourseId, SessionId, UnitId};

use super::{managed_by_unit, reach, unless};
use crate::error::ApiError;

/// A course the caller may read, and whether the caller manages it.
pub struct ReadableCourse {
    pub row: CourseRow,
    pub manages: bool,
}

/// The course, if its organiser's unit is in the caller's scope or the
/// course is meant for the caller's unit (or a unit above it).
pub fn readable_course(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CourseId,
) -> Result<ReadableCourse, ApiError> {
    let row = course::find(conn, id)?;
    let unit_id = UnitId(row.unit_id);
    let reach = reach(conn, actor, unit_id)?;
    let meant_for_caller = reach != Reach::Within && meant_for(conn, actor, row.id)?;
    unless(policy::can_read_course(actor, reach, meant_for_caller))?;
    let level = unit::level_of(conn, unit_id)?;
    Ok(ReadableCourse {
        manages: policy::can_manage_course(actor, reach, level),
        row,
    })
}

/// A session of a course whose attendance the caller takes (an organiser
/// or one of the session's trainers), with its course.
pub fn attendance_taken(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CourseId,
    session_id: SessionId,
) -> Result<(ReadableCourse, SessionRow), ApiError> {
    let found = readable_course(conn, actor, id)?;
    let session = course::session(conn, id, session_id)?;
    let trainers: Vec<Trainer> = serde_json::from_value(session.trainers.clone())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let trainers: Vec<_> = trainers.iter().map(|t| t.user_id).collect();
    if !policy::can_take_attendance(actor, found.manages, &trainers) {
        return Err(ApiError::Forbidden);
    }
    Ok((found, session))
}

/// Courses the caller lists from `root`: organised by `root` or a unit
/// below it, or meant for one of them or for a unit above (the city's
/// course for its wards); with the ids of those the caller manages.
pub fn listed_courses(
    conn: &mut PgConnection,
    actor: &Actor,
    root: UnitId,
    tasks: Option<&[i64]>,
    year: Option<i32>,
) -> Result<(Vec<CourseRow>, HashSet<i64>), ApiError> {
    // Listing another unit's courses is refused outright (403), as
    // other unit lists are; one record outside the scope is a 404.
    if !policy::can_read_course(actor, reach(conn, actor, root)?, false) {
        return Err(ApiError::Forbidden);
    }
    let units = unit::held_units(conn, root)?;
    let mut meant_for = unit::path(conn, root)?;
    meant_for.extend(units.iter().copied());
    let rows = course::list(conn, &units, &meant_for, tasks, year)?;
    let managed = managed_by_unit(
        conn,
        actor,
        rows.iter().map(|r| (r.id, r.unit_id)),
        policy::can_manage_course,
    )?;
    Ok((rows, managed))
}

/// Whether the course is meant for the caller's unit or a unit above it.
fn meant_for(conn: &mut PgConnection, actor: &Actor, course_id: i64) -> Result<bool, ApiError> {
    let own = unit::path(conn, actor.unit_id)?;
    Ok(course::audience(conn, &[course_id])?
        .iter()
        .any(|(_, unit)| own.contains(&UnitId(*unit))))
}
