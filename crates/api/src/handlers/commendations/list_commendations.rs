use actix_web::{get, web};
use hgcs_db::models::commendation;
use hgcs_db::views;
use hgcs_domain::api::pilots::{Commendation, CommendationQuery};

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Nominations in the caller's scope, newest year first.
#[utoipa::path(
    tag = "pilots",
    params(CommendationQuery),
    responses((status = 200, description = "Nominations", body = [Commendation]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/commendations")]
pub async fn list_commendations(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<CommendationQuery>,
) -> Result<web::Json<Vec<Commendation>>, ApiError> {
    let query = query.into_inner();
    let list = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = commendation::list(conn, &query, among.as_deref())?;
        Ok(views::commendations::commendations(conn, rows)?)
    })
    .await?;
    Ok(web::Json(list))
}
