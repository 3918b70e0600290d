use crate::access::readable_task;
use crate::preconditions::IfMatch;
use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, plan_task};
use hgcs_domain::TaskId;
use hgcs_domain::api::plans::{EventHappened, Task};
use hgcs_domain::policy;
use hgcs_domain::schedule::Schedule;
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;
use hgcs_db::views;
use hgcs_domain::time::today;

/// Records that the event a task waits for happened ("the Sở Tư pháp
/// published the material set"); the task is then due `within_days` later.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id"), IfMatchOptional, IdempotencyKey),
    request_body = EventHappened,
    responses((status = 200, description = "The task with its due day", body = Task), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/tasks/{id}/event")]
pub async fn record_event(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
    if_match: IfMatch,
    body: JsonBody<EventHappened>,
) -> Result<web::Json<Task>, ApiError> {
    let id = id.into_inner();
    let happened_on = body.into_inner().happened_on;
    let task = db::transaction(&state.pool, move |conn| {
        let (task, plan, _) = readable_task(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Task, id.0)?;
        let Schedule::Event {
            description,
            within_days,
            ..
        } = task.schedule()?
        else {
            return Err(ApiError::invalid("happened_on", Rule::NotAnEventTask));
        };
        let schedule = Schedule::Event {
            description,
            happened_on: Some(happened_on),
            within_days,
        };
        let row = plan_task::set_schedule(conn, id, &schedule)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "task",
                entity_id: id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "event_happened_on": happened_on }),
            }),
        )?;
        Ok(views::plans::task(conn, row, today())?)
    })
    .await?;
    Ok(web::Json(task))
}
