use crate::access::readable_task;
use crate::preconditions::IfMatch;
use actix_web::{HttpResponse, delete, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, plan_task};
use hgcs_domain::TaskId;
use hgcs_domain::plan::TaskStatus;
use hgcs_domain::policy;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::responses::{IfMatchOptional, NumericIdOnly, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Removes a task added by mistake from a plan the caller manages. A task
/// that has progress or evidence, that wards' plans were made from, or
/// that courses, material runs, library items or budget lines serve is
/// never removed (409): it is closed or cancelled instead, so its history
/// stays.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id"), IfMatchOptional),
    responses((status = 204, description = "Removed"), WriteErrors, StaleErrors, NumericIdOnly),
    security(("bearer" = []), ("cookie" = []))
)]
#[delete("/tasks/{id:-?\\d+}")]
pub async fn delete_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    db::transaction(&state.pool, move |conn| {
        let (task, plan, _) = readable_task(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Task, id.0)?;
        let started = task.status != TaskStatus::NotStarted.as_str() || task.progress > 0;
        if started || plan_task::references(conn, id)?.any() {
            return Err(ApiError::Conflict(Text::new(
                format!(
                    "Nhiệm vụ «{}» đã có tiến độ, minh chứng hoặc hồ sơ dựa vào; hãy đóng hoặc hủy nhiệm vụ thay vì xóa",
                    task.code
                ),
                format!(
                    "Task \"{}\" has progress, evidence or records built on it; close or cancel it instead of removing it",
                    task.code
                ),
            )));
        }
        plan_task::delete(conn, id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::DELETE,
                entity: "task",
                entity_id: id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "plan_id": plan.id, "code": task.code, "title": task.title }),
            }),
        )?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
