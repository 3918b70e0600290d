use crate::access::readable_plan;
use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::plans::Plan;
use hgcs_domain::time::today;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A plan with its document header, tasks, duties and what the caller may do.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The plan", body = Plan,
            headers(("ETag" = String, description = "The plan's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}")]
pub async fn get_plan(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let plan = db::run(&state.pool, move |conn| {
        let (row, reach) = readable_plan(conn, &caller.actor, id)?;
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
        .insert_header(etag(plan.version))
        .json(plan))
}
