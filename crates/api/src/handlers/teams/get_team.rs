use crate::access::readable_team;
use actix_web::{HttpResponse, get, web};
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::Team;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Team id")),
    responses(
        (status = 200, description = "The team", body = Team,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/teams/{id}")]
pub async fn get_team(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TeamId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (team, version) = db::run(&state.pool, move |conn| {
        let (row, _) = readable_team(conn, &caller.actor, id)?;
        Ok((
            views::teams::team(conn, row)?,
            version::current(conn, Versioned::Team, id.0)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(team))
}
