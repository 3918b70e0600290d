use actix_web::{get, web};
use hgcs_db::models::budget;
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::budget::PlanBudget;

use crate::access::readable_budget;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A plan's budget: its lines with what was spent and is left, and the
/// totals per plan, source and task. Read by the Justice Office, the
/// ward, the Front and the province within their scope.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The budget", body = PlanBudget), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}/budget")]
pub async fn get_budget(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
) -> Result<web::Json<PlanBudget>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (_, manages) = readable_budget(conn, &caller.actor, id)?;
        let lines = budget::lines_of_plan(conn, id)?;
        Ok(views::budget::plan_budget(id, lines, manages)?)
    })
    .await?;
    Ok(web::Json(found))
}
