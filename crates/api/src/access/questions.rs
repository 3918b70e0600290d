use hgcs_db::PgConnection;
use hgcs_db::models::question::{self, QuestionRow};
use hgcs_db::models::unit;
use hgcs_domain::UnitId;
use hgcs_domain::policy::{self, Actor, Reach};

use super::{reach, unless};
use crate::error::ApiError;

/// The units whose questions the caller reads (`hgcs_domain::policy::
/// questions_root`): a ward reads all of its city's, anyone else their own
/// subtree's.
pub fn question_units(conn: &mut PgConnection, actor: &Actor) -> Result<Vec<UnitId>, ApiError> {
    let root = questions_root(conn, actor)?;
    Ok(unit::held_units(conn, root)?)
}

/// The unit whose tree's questions the caller reads: their city.
pub fn questions_root(conn: &mut PgConnection, actor: &Actor) -> Result<UnitId, ApiError> {
    // From the tree in memory, like the path.
    let level = unit::summaries(conn, &[actor.unit_id])?
        .first()
        .map(|own| own.level)
        .ok_or(ApiError::NotFound)?;
    let path = unit::path(conn, actor.unit_id)?;
    Ok(policy::questions_root(level, &path, actor.unit_id))
}

/// The question, if the caller reads its city's questions, and where the
/// asking ward stands for the caller.
pub fn readable_question(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
) -> Result<(QuestionRow, Reach), ApiError> {
    let row = question::find(conn, id)?;
    let unit_id = UnitId(row.unit_id);
    unless(policy::sees_every_unit(actor) || question_units(conn, actor)?.contains(&unit_id))?;
    let reach = reach(conn, actor, unit_id)?;
    Ok((row, reach))
}
