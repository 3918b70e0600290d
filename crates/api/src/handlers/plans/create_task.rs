use crate::access::{checked_task, duplicate_code, readable_plan};
use crate::preconditions::IfMatch;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::plan_task::{self, TaskRow};
use hgcs_db::models::task_party::{self, NewPartyRow};
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::plans::{Task, TaskInput};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::{PlanId, TaskId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Adds a task to a plan the caller manages, after its last task.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IfMatchOptional, IdempotencyKey),
    request_body = TaskInput,
    responses((status = 201, description = "Created", body = Task), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans/{id}/tasks")]
pub async fn create_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
    body: JsonBody<TaskInput>,
) -> Result<HttpResponse, ApiError> {
    let plan_id = PlanId(id.into_inner());
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let (plan, _) = readable_plan(conn, &caller.actor, plan_id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Plan, plan_id.0)?;
        let position = plan_task::next_position(conn, plan_id)?;
        let (new, parties) = checked_task(conn, &input, plan_id, plan.unit(), position)?;
        let row: TaskRow = plan_task::insert(conn, &new).map_err(|error| match error {
            DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                duplicate_code(&new.code)
            }
            other => other.into(),
        })?;
        let parties: Vec<NewPartyRow> = parties
            .into_iter()
            .map(|party| NewPartyRow {
                task_id: row.id,
                ..party
            })
            .collect();
        task_party::insert_all(conn, &parties)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "task",
                entity_id: row.id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "plan_id": plan_id, "code": row.code }),
            }),
        )?;
        let task = plan_task::find(conn, TaskId(row.id))?;
        Ok(views::plans::task(conn, task, today())?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
