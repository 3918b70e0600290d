use actix_web::{get, web};
use hgcs_db::models::unit;
use hgcs_domain::api::units::{Unit, UnitQuery};

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Units the caller may see, filtered; accent-blind search on name and code.
#[utoipa::path(
    tag = "units",
    params(UnitQuery),
    responses((status = 200, description = "Matching units, by name", body = [Unit]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/units")]
pub async fn list_units(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<UnitQuery>,
) -> Result<web::Json<Vec<Unit>>, ApiError> {
    let query = query.into_inner();
    let units = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = unit::list(conn, &query, among.as_deref())?;
        Ok(rows
            .into_iter()
            .map(|row| row.into_dto())
            .collect::<Result<Vec<_>, _>>()?)
    })
    .await?;
    Ok(web::Json(units))
}
