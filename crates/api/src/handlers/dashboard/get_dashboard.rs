use actix_web::{get, web};
use hgcs_domain::api::dashboard::{Dashboard, DashboardQuery};

use crate::access::readable_dashboard;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// What the city looks at first, for a unit (the caller's by default) and
/// a year: cases received by unit, month and result; teams falling short
/// of the composition rules; where the reports of a period stand; the
/// tasks of the year's plan. The web app draws these as charts and
/// `/dashboard/xlsx` writes the same figures as sheets.
#[utoipa::path(
    tag = "reports",
    params(DashboardQuery),
    responses((status = 200, description = "The dashboard's figures", body = Dashboard), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/dashboard")]
pub async fn get_dashboard(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<DashboardQuery>,
) -> Result<web::Json<Dashboard>, ApiError> {
    let query = query.into_inner();
    let dashboard = db::run(&state.pool, move |conn| {
        readable_dashboard(conn, &caller.actor, query)
    })
    .await?;
    Ok(web::Json(dashboard))
}
