use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::policy;

use crate::access::readable_plan;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::final_review_docx::{file_name, final_review_docx};
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The final review as a Word document in the administrative format,
/// from the same content `/plans/{id}/final-review` answers.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The report (DOCX)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}/final-review/docx")]
pub async fn download_final_review(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (name, bytes) = db::run(&state.pool, move |conn| {
        let (plan, _) = readable_plan(conn, &caller.actor, id)?;
        let can_edit = policy::can_manage_plan(&caller.actor, plan.unit());
        let review = views::reviews::final_review(conn, &plan, can_edit)?;
        Ok((file_name(&review), final_review_docx(conn, &review)?))
    })
    .await?;
    Ok(documents::attachment(
        documents::DOCX_CONTENT_TYPE,
        &name,
        bytes,
    ))
}
