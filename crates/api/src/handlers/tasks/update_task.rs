use crate::access::{checked_task, duplicate_code, readable_task};
use actix_web::{HttpResponse, put, web};
use hgcs_db::models::task_party::{self, NewPartyRow};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, plan_task};
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
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, NumericIdOnly, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Rewrites a task of a plan the caller manages: its code, wording,
/// schedule, whether wards take it over, and its leads and partners. Its
/// status, progress and reports stay. Needs the task's `ETag` (from
/// `GET /tasks/{id}`) in `If-Match`.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id"), IfMatchRequired),
    request_body = TaskInput,
    responses(
        (status = 200, description = "Updated", body = Task,
            headers(("ETag" = String, description = "The task's new version"))),
        WriteErrors,
        VersionErrors,
        NumericIdOnly
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/tasks/{id:-?\\d+}")]
pub async fn update_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
    if_match: IfMatch,
    body: JsonBody<TaskInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        let (task, plan, _) = readable_task(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.required()?.claim(conn, Versioned::Task, id.0)?;
        let plan_id = PlanId(plan.id);
        let (values, parties) = checked_task(conn, &input, plan_id, plan.unit(), task.position)?;
        let row = plan_task::update(conn, id, &values).map_err(|error| match error {
            DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                duplicate_code(&values.code)
            }
            other => other.into(),
        })?;
        let parties: Vec<NewPartyRow> = parties
            .into_iter()
            .map(|party| NewPartyRow {
                task_id: id.0,
                ..party
            })
            .collect();
        task_party::replace(conn, id, &parties)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "task",
                entity_id: id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({
                    "plan_id": plan_id,
                    "code": row.code,
                    "before": { "code": task.code, "title": task.title, "schedule": task.schedule },
                }),
            }),
        )?;
        Ok(views::plans::task(conn, row, today())?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(updated.version))
        .json(updated))
}
