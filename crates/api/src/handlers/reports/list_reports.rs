use actix_web::{get, web};
use hgcs_db::models::indicator;
use hgcs_db::views;
use hgcs_domain::api::reports::{ReportOverview, ReportQuery};
use hgcs_domain::time::today;
use hgcs_domain::validation::Rule;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Where a unit's report for a period stands (the caller's unit by
/// default), and the reports of the units that report to it: submitted,
/// returned, accepted, not started, late.
#[utoipa::path(
    tag = "reports",
    params(ReportQuery),
    responses((status = 200, description = "The reports of the period", body = ReportOverview), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/reports")]
pub async fn list_reports(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<ReportQuery>,
) -> Result<web::Json<ReportOverview>, ApiError> {
    let query = query.into_inner();
    let overview = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let root = access::report_unit(conn, &caller.actor, root)?;
        let period = indicator::period(conn, &query.period, query.year)?
            .ok_or_else(|| ApiError::invalid("period", Rule::UnknownReference))?;
        Ok(views::reports::overview(conn, root, period, today())?)
    })
    .await?;
    Ok(web::Json(overview))
}
