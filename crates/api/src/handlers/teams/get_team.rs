use crate::access::readable_team;
use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::Team;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Team id")),
    responses((status = 200, description = "The team", body = Team), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/teams/{id}")]
pub async fn get_team(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TeamId>,
) -> Result<web::Json<Team>, ApiError> {
    let id = id.into_inner();
    let team = db::run(&state.pool, move |conn| {
        let (row, _) = readable_team(conn, &caller.actor, id)?;
        Ok(views::teams::team(conn, row)?)
    })
    .await?;
    Ok(web::Json(team))
}
