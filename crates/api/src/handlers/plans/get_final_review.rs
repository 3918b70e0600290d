use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::reviews::FinalReview;
use hgcs_domain::policy;

use crate::access::readable_plan;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A plan's final review (task II.5): the registers' figures over the
/// plan's period, each task with its standing, evidence and assessment,
/// the commendations approved, and the assessment, lessons and proposals
/// written so far (empty, `version` 0, before any).
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The review", body = FinalReview,
            headers(("ETag" = String, description = "The review's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}/final-review")]
pub async fn get_final_review(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let review = db::run(&state.pool, move |conn| {
        let (plan, _) = readable_plan(conn, &caller.actor, id)?;
        let can_edit = policy::can_manage_plan(&caller.actor, plan.unit());
        Ok(views::reviews::final_review(conn, &plan, can_edit)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(review.version))
        .json(review))
}
