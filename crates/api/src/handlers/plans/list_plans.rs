use actix_web::{get, web};
use hgcs_db::models::plan;
use hgcs_db::views;
use hgcs_domain::api::plans::{PlanQuery, PlanSummary};
use hgcs_domain::time::today;

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Plans of the caller's unit, the units below and the units above.
#[utoipa::path(
    tag = "plans",
    params(PlanQuery),
    responses((status = 200, description = "Matching plans, newest period first", body = [PlanSummary]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans")]
pub async fn list_plans(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<PlanQuery>,
) -> Result<web::Json<Vec<PlanSummary>>, ApiError> {
    let query = query.into_inner();
    let plans = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = plan::list(conn, &query, among.as_deref())?;
        Ok(views::plans::summaries(conn, &rows, today())?)
    })
    .await?;
    Ok(web::Json(plans))
}
