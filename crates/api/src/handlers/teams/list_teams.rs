use actix_web::{get, web};
use hgcs_db::models::{team, unit};
use hgcs_db::views;
use hgcs_domain::api::mediation::{Team, TeamQuery};
use hgcs_domain::policy;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
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
    query: Query<TeamQuery>,
) -> Result<web::Json<Vec<Team>>, ApiError> {
    let teams = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        if !policy::can_read_team(&caller.actor, access::reach(conn, &caller.actor, root)?) {
            return Err(ApiError::Forbidden);
        }
        let units = unit::held_units(conn, root)?;
        let rows = team::list(conn, Some(&units))?;
        Ok(views::teams::teams(conn, rows)?)
    })
    .await?;
    Ok(web::Json(teams))
}
