use hgcs_db::PgConnection;
use hgcs_db::models::supervision::{self, Listed};
use hgcs_db::models::{course, plan, plan_task, team, unit};
use hgcs_domain::api::supervisions::{SupervisionInput, SupportInput};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PlanId, SupervisionId, UnitId};

use super::{reach, unless};
use crate::error::ApiError;

/// The supervision, if the caller reads the supervised unit's, and where
/// that unit stands for the caller; 404 otherwise.
pub fn readable_supervision(
    conn: &mut PgConnection,
    actor: &Actor,
    id: SupervisionId,
) -> Result<(Listed, Reach), ApiError> {
    let found = supervision::find(conn, id)?;
    let reach = reach(conn, actor, UnitId(found.row.unit_id))?;
    unless(policy::can_read_supervision(actor, reach))?;
    Ok((found, reach))
}

/// The unit whose work `input` names (a team's, a unit, a task's plan's)
/// and where it stands for the caller. A reference that does not exist or
/// lies outside the caller's sight is an `unknown_reference` on its
/// field, the same for both, so an id is never confirmed.
pub fn supervised_unit(
    conn: &mut PgConnection,
    actor: &Actor,
    input: &SupervisionInput,
    check: &mut Checker,
) -> Result<Option<(UnitId, Reach)>, ApiError> {
    let (field, unit) = if let Some(id) = input.team_id {
        (
            "team_id",
            optional(team::find(conn, id))?.map(|t| UnitId(t.unit_id)),
        )
    } else if let Some(id) = input.task_id {
        let task = optional(plan_task::find(conn, id))?;
        let plan = match task {
            Some(task) => optional(plan::find(conn, PlanId(task.plan_id)))?,
            None => None,
        };
        ("task_id", plan.map(|p| p.unit()))
    } else if let Some(id) = input.unit_id {
        let exists = !unit::summaries(conn, &[id])?.is_empty();
        ("unit_id", exists.then_some(id))
    } else {
        return Ok(None);
    };
    let placed = match unit {
        Some(unit) => Some((unit, reach(conn, actor, unit)?)),
        None => None,
    };
    match placed {
        Some((_, Reach::Outside)) | None => {
            check.add(field, Rule::UnknownReference);
            Ok(None)
        }
        found => Ok(found),
    }
}

/// Where the unit a support names stands for the caller, when it exists
/// and the caller sees it; its course must exist and be in sight too.
/// Either fault is an `unknown_reference` on its field.
pub fn supported_unit(
    conn: &mut PgConnection,
    actor: &Actor,
    input: &SupportInput,
    check: &mut Checker,
) -> Result<Option<Reach>, ApiError> {
    let mut placed = None;
    if !unit::summaries(conn, &[input.unit_id])?.is_empty() {
        let found = reach(conn, actor, input.unit_id)?;
        if found != Reach::Outside {
            placed = Some(found);
        }
    }
    if placed.is_none() {
        check.add("unit_id", Rule::UnknownReference);
    }
    if let Some(id) = input.course_id {
        let seen = match optional(course::find(conn, id))? {
            Some(found) => reach(conn, actor, UnitId(found.unit_id))? != Reach::Outside,
            None => false,
        };
        if !seen {
            check.add("course_id", Rule::UnknownReference);
        }
    }
    Ok(placed)
}

/// A row that may be missing, as `None`.
fn optional<T>(found: diesel::QueryResult<T>) -> Result<Option<T>, ApiError> {
    match found {
        Ok(row) => Ok(Some(row)),
        Err(diesel::result::Error::NotFound) => Ok(None),
        Err(error) => Err(error.into()),
    }
}
