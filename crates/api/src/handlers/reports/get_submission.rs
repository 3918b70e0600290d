use actix_web::{get, web};
use hgcs_db::models::report;
use hgcs_db::views::stored;
use hgcs_domain::ReportId;
use hgcs_domain::api::reports::ReportContent;

use crate::access::readable_report;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// One submission of a report exactly as it was submitted.
#[utoipa::path(
    tag = "reports",
    params(
        ("id" = i64, Path, description = "Report id"),
        ("number" = i32, Path, description = "Submission number, from 1")
    ),
    responses((status = 200, description = "The submitted report", body = ReportContent), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/reports/{id}/submissions/{number}")]
pub async fn get_submission(
    caller: Authenticated,
    state: web::Data<AppState>,
    path: web::Path<(ReportId, i32)>,
) -> Result<web::Json<ReportContent>, ApiError> {
    let (id, number) = path.into_inner();
    let content = db::run(&state.pool, move |conn| {
        readable_report(conn, &caller.actor, id)?;
        let (found, ..) = report::submissions(conn, id)?
            .into_iter()
            .find(|(sub, ..)| sub.number == number)
            .ok_or(ApiError::NotFound)?;
        Ok(stored::<ReportContent>(found.content)?)
    })
    .await?;
    Ok(web::Json(content))
}
