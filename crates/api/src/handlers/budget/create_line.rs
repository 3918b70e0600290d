use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::budget::{self, LineValues};
use hgcs_db::views;
use hgcs_domain::api::budget::{BudgetLine, BudgetLineInput};
use hgcs_domain::validation::Checker;
use hgcs_domain::{BudgetLineId, PlanId};
use serde_json::json;

use crate::access::{check_line_task, readable_budget};
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Adds a budget line to a plan the caller manages: for the plan or one
/// of its tasks, from a source, with the amount allocated.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IdempotencyKey),
    request_body = BudgetLineInput,
    responses((status = 201, description = "Added", body = BudgetLine), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans/{id}/budget-lines")]
pub async fn create_line(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
    body: JsonBody<BudgetLineInput>,
) -> Result<HttpResponse, ApiError> {
    let plan_id = id.into_inner();
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let (plan, manages) = readable_budget(conn, &caller.actor, plan_id)?;
        if !manages {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let cleaned = input.check(&mut check);
        check_line_task(conn, plan_id, cleaned.task_id, &mut check)?;
        check.finish()?;
        let id = budget::insert_line(conn, plan_id, &LineValues::from(&cleaned), caller.id.0)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "budget_line",
                entity_id: id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({
                    "plan_id": plan.id,
                    "task_id": cleaned.task_id,
                    "source": cleaned.source.as_str(),
                    "allocated_vnd": cleaned.allocated_vnd,
                }),
            }),
        )?;
        Ok(views::budget::line(budget::find_line(
            conn,
            BudgetLineId(id),
        )?)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
