use actix_web::{get, web};
use chrono::Datelike;
use hgcs_db::models::indicator;
use hgcs_domain::api::reports::{PeriodQuery, ReportPeriod};
use hgcs_domain::time::today;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The reporting periods of a year (this year by default), with their
/// days, cut-off and deadlines, as the reference data sets them.
#[utoipa::path(
    tag = "reports",
    params(PeriodQuery),
    responses((status = 200, description = "The year's periods, in order", body = [ReportPeriod]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/report-periods")]
pub async fn list_periods(
    _caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<PeriodQuery>,
) -> Result<web::Json<Vec<ReportPeriod>>, ApiError> {
    let year = query.year.unwrap_or_else(|| today().year());
    let periods = db::run(&state.pool, move |conn| Ok(indicator::periods(conn, year)?)).await?;
    Ok(web::Json(periods))
}
