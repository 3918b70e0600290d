use actix_web::{HttpResponse, get, web};
use chrono::Utc;
use hgcs_db::views;
use hgcs_domain::ReportId;

use crate::access::readable_report;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::DOCX_CONTENT_TYPE;
use crate::documents::report_docx::report_docx;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The report as a Word document in the administrative format, dated the
/// day it was last submitted (today for a draft).
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id")),
    responses(
        (status = 200, description = "The report (DOCX)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/reports/{id}/docx")]
pub async fn download_docx(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (bytes, name) = db::run(&state.pool, move |conn| {
        let found = readable_report(conn, &caller.actor, id)?;
        let rights = found.rights(&caller.actor);
        let report = views::reports::report(conn, found.row, found.period, rights)?;
        let on = match report.submissions.last() {
            Some(last) if report.status.is_frozen() => last.submitted_at,
            _ => Utc::now(),
        };
        let name = views::reports::file_name(&report.content, "docx");
        Ok((report_docx(conn, &report.content, on)?, name))
    })
    .await?;
    Ok(documents::attachment(DOCX_CONTENT_TYPE, &name, bytes))
}
