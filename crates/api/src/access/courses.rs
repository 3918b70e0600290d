use hgcs_db::PgConnection;
use hgcs_db::models::course::{self, CourseRow};
use hgcs_db::models::unit;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{CourseId, UnitId};

use super::{reach, unless};
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

/// Whether the course is meant for the caller's unit or a unit above it.
fn meant_for(conn: &mut PgConnection, actor: &Actor, course_id: i64) -> Result<bool, ApiError> {
    let own = unit::path(conn, actor.unit_id)?;
    Ok(course::audience(conn, &[course_id])?
        .iter()
        .any(|(_, unit)| own.contains(&UnitId(*unit))))
}
