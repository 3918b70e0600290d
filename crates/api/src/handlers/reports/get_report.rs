use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::ReportId;
use hgcs_domain::api::reports::Report;

use crate::access::readable_report;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A report: the live figures while a draft or returned, the submitted
/// (frozen) version once submitted or accepted, and every submission with
/// its review.
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id")),
    responses(
        (status = 200, description = "The report", body = Report,
            headers(("ETag" = String, description = "The report's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/reports/{id}")]
pub async fn get_report(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let report = readable_report(conn, &caller.actor, id)?;
        let rights = report.rights(&caller.actor);
        Ok(views::reports::report(
            conn,
            report.row,
            report.period,
            rights,
        )?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.version))
        .json(found))
}
