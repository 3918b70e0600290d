use actix_web::{HttpResponse, get, web};
use hgcs_domain::api::dashboard::DashboardQuery;

use crate::access::readable_dashboard;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::dashboard_xlsx::{dashboard_xlsx, file_name};
use crate::documents::xlsx::XLSX_CONTENT_TYPE;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The dashboard's figures as an Excel workbook, a sheet per chart, from
/// the same figures `/dashboard` answers.
#[utoipa::path(
    tag = "reports",
    params(DashboardQuery),
    responses(
        (status = 200, description = "The workbook (XLSX)", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/dashboard/xlsx")]
pub async fn download_dashboard(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<DashboardQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let dashboard = db::run(&state.pool, move |conn| {
        readable_dashboard(conn, &caller.actor, query)
    })
    .await?;
    let bytes = dashboard_xlsx(&dashboard)?;
    Ok(documents::attachment(
        XLSX_CONTENT_TYPE,
        &file_name(&dashboard),
        bytes,
    ))
}
