use diesel::OptionalExtension;
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
        let team = team::find(conn, id).optional()?;
        ("team_id", team.map(|t| UnitId(t.unit_id)))
    } else if let Some(id) = input.task_id {
        let plan = match plan_task::find(conn, id).optional()? {
            Some(task) => plan::find(conn, PlanId(task.plan_id)).optional()?,
            None => None,
        };
        ("task_id", plan.map(|p| p.unit()))
    } else if let Some(id) = input.unit_id {
        ("unit_id", Some(id))
    } else {
        return Ok(None);
    };
    let placed = in_sight(conn, actor, unit, field, check)?;
    Ok(unit.zip(placed))
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
    let placed = in_sight(conn, actor, Some(input.unit_id), "unit_id", check)?;
    if let Some(id) = input.course_id {
        let course = course::find(conn, id).optional()?;
        in_sight(
            conn,
            actor,
            course.map(|c| UnitId(c.unit_id)),
            "course_id",
            check,
        )?;
    }
    Ok(placed)
}

/// Where `unit` stands for the caller when it exists and is not outside
/// the caller's sight; otherwise an `unknown_reference` on `field`, the
/// same for a missing unit and a hidden one.
fn in_sight(
    conn: &mut PgConnection,
    actor: &Actor,
    unit: Option<UnitId>,
    field: &str,
    check: &mut Checker,
) -> Result<Option<Reach>, ApiError> {
    let placed = match unit {
        Some(id) if !unit::summaries(conn, &[id])?.is_empty() => Some(reach(conn, actor, id)?),
        _ => None,
    };
    match placed {
        Some(Reach::Outside) | None => {
            check.add(field, Rule::UnknownReference);
            Ok(None)
        }
        found => Ok(found),
    }
}
