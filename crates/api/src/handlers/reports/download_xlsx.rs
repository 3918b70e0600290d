use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::ReportId;

use crate::access::readable_report;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::report_xlsx::report_xlsx;
use crate::documents::xlsx::XLSX_CONTENT_TYPE;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The report's indicator table as an Excel workbook: as submitted once
/// submitted, the live figures while a draft.
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id")),
    responses(
        (status = 200, description = "The workbook (XLSX)", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/reports/{id}/xlsx")]
pub async fn download_xlsx(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (bytes, name) = db::run(&state.pool, move |conn| {
        let found = readable_report(conn, &caller.actor, id)?;
        let rights = found.rights(&caller.actor);
        let report = views::reports::report(conn, found.row, found.period, rights)?;
        let name = views::reports::file_name(&report.content, "xlsx");
        Ok((report_xlsx(&report.content)?, name))
    })
    .await?;
    Ok(documents::attachment(XLSX_CONTENT_TYPE, &name, bytes))
}
