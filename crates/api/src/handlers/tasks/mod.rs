//! A task's page, progress reports with evidence, and due lists.

pub mod create_task_update;
pub mod download_evidence;
pub mod get_task;
pub mod list_due_tasks;
pub mod record_event;

use hgcs_db::PgConnection;
use hgcs_db::models::plan::PlanRow;
use hgcs_db::models::plan_task::{self, TaskRow};
use hgcs_domain::TaskId;
use hgcs_domain::policy::{Actor, Reach};

use crate::error::ApiError;
use crate::handlers::plans::readable_plan;

/// The task and its plan if the caller may read the plan.
pub fn readable_task(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TaskId,
) -> Result<(TaskRow, PlanRow, Reach), ApiError> {
    let task = plan_task::find(conn, id)?;
    let (plan, reach) = readable_plan(conn, actor, hgcs_domain::PlanId(task.plan_id))?;
    Ok((task, plan, reach))
}
