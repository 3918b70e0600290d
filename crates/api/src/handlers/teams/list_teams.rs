use actix_web::{get, web};
use hgcs_db::models::{team, unit};
use hgcs_domain::api::mediation::{Team, TeamQuery};
use hgcs_domain::policy::Reach;

use super::teams_of;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::handlers::plans::reach_of;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// Teams in the caller's scope, with members and the rules they fail.
#[utoipa::path(
    tag = "mediation",
    params(TeamQuery),
    responses((status = 200, description = "Teams", body = [Team]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/teams")]
pub async fn list_teams(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: web::Query<TeamQuery>,
) -> Result<web::Json<Vec<Team>>, ApiError> {
    let teams = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        if !caller.actor.is_admin() && reach_of(conn, &caller.actor, root)? != Reach::Within {
            return Err(ApiError::Forbidden);
        }
        let units = unit::subtree(conn, root)?;
        let rows = team::list(conn, Some(&units))?;
        teams_of(conn, rows)
    })
    .await?;
    Ok(web::Json(teams))
}
