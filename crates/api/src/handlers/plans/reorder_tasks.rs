use crate::access::readable_plan;
use actix_web::{HttpResponse, put, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, plan, plan_task};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::plans::{Plan, TaskOrder};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Puts a plan's tasks in a new order, as they are numbered in the
/// document. The order names every task of the plan once. Needs the plan's
/// `ETag` in `If-Match`, so two people reordering at once do not mix their
/// orders.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IfMatchRequired),
    request_body = TaskOrder,
    responses(
        (status = 200, description = "The plan with its tasks in the new order", body = Plan,
            headers(("ETag" = String, description = "The plan's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/plans/{id}/task-order")]
pub async fn reorder_tasks(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
    if_match: IfMatch,
    body: JsonBody<TaskOrder>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let order = body.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_plan(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, row.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.required()?.claim(conn, Versioned::Plan, id.0)?;
        let tasks: Vec<i64> = plan_task::for_plan(conn, id)?
            .iter()
            .map(|task| task.id)
            .collect();
        let ids = order.validate(&tasks)?;
        plan_task::reorder(conn, id, &ids)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "plan",
                entity_id: id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "task_order": ids }),
            }),
        )?;
        let row = plan::find(conn, id)?;
        Ok(views::plans::detail(
            conn,
            &caller.actor,
            row,
            reach,
            today(),
        )?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(updated.version))
        .json(updated))
}
