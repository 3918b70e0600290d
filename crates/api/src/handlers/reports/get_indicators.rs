use actix_web::{get, web};
use hgcs_db::models::indicator;
use hgcs_db::views;
use hgcs_domain::api::reports::{IndicatorQuery, IndicatorTable};
use hgcs_domain::validation::Rule;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The report indicators of a unit (the caller's own by default) for a
/// period, computed now from the registers: the unit's tree and, for a
/// period ending after a reorganisation, the units it took over.
#[utoipa::path(
    tag = "reports",
    params(IndicatorQuery),
    responses((status = 200, description = "The indicator table", body = IndicatorTable), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/indicators")]
pub async fn get_indicators(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<IndicatorQuery>,
) -> Result<web::Json<IndicatorTable>, ApiError> {
    let query = query.into_inner();
    let table = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let root = access::report_unit(conn, &caller.actor, root)?;
        let period = indicator::period(conn, &query.period, query.year)?
            .ok_or_else(|| ApiError::invalid("period", Rule::UnknownReference))?;
        Ok(views::reports::indicator_table(conn, root, period)?)
    })
    .await?;
    Ok(web::Json(table))
}
