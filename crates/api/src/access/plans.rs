use hgcs_db::PgConnection;
use hgcs_db::models::plan::{self, PlanRow};
use hgcs_db::models::plan_task::{self, TaskRow};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{PlanId, TaskId};

use super::{reach, unless};
use crate::error::ApiError;

/// The plan and where its unit stands for the caller.
pub fn readable_plan(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
) -> Result<(PlanRow, Reach), ApiError> {
    let row = plan::find(conn, id)?;
    let reach = reach(conn, actor, row.unit())?;
    unless(policy::can_read_plan(actor, reach))?;
    Ok((row, reach))
}

/// The task and its plan, if the caller may read the plan.
pub fn readable_task(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TaskId,
) -> Result<(TaskRow, PlanRow, Reach), ApiError> {
    let task = plan_task::find(conn, id)?;
    let (plan, reach) = readable_plan(conn, actor, PlanId(task.plan_id))?;
    Ok((task, plan, reach))
}
