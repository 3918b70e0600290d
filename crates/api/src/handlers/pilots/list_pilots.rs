use actix_web::{get, web};
use hgcs_db::models::pilot;
use hgcs_db::views;
use hgcs_domain::api::pilots::{Pilot, PilotQuery};

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Pilot models in the caller's scope, by year and ward.
#[utoipa::path(
    tag = "pilots",
    params(PilotQuery),
    responses((status = 200, description = "Pilot models", body = [Pilot]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/pilots")]
pub async fn list_pilots(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<PilotQuery>,
) -> Result<web::Json<Vec<Pilot>>, ApiError> {
    let query = query.into_inner();
    let pilots = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = pilot::list(conn, &query, among.as_deref())?;
        Ok(views::pilots::pilots(conn, rows)?)
    })
    .await?;
    Ok(web::Json(pilots))
}
