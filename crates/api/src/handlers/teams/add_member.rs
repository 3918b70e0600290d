use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, mediator};
use hgcs_domain::api::mediation::{MediatorInput, Team};
use hgcs_domain::policy;
use hgcs_domain::validation::Checker;
use hgcs_domain::{MediatorId, TeamId, UnitId};
use serde_json::json;

use super::{checked_mediator, readable_team, record_entry_events, teams_of};
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::WriteErrors;
use crate::state::AppState;

/// Adds a mediator to a team.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Team id")),
    request_body = MediatorInput,
    responses((status = 201, description = "The team with its new member", body = Team), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/teams/{id}/members")]
pub async fn add_member(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: web::Json<MediatorInput>,
) -> Result<HttpResponse, ApiError> {
    let id = TeamId(id.into_inner());
    let input = body.into_inner();
    let team = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_team(conn, &caller.actor, id)?;
        if !policy::can_manage_team(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let mut new = checked_mediator(&mut check, "mediator", &input);
        check.finish().map_err(ApiError::Validation)?;
        new.team_id = Some(row.id);
        let saved = mediator::insert(conn, &new)?;
        record_entry_events(
            conn,
            MediatorId(saved.id),
            &input,
            caller.user_id().map(|u| u.0),
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "mediator",
                entity_id: saved.id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "team_id": id }),
            }),
        )?;
        teams_of(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
    })
    .await?;
    Ok(HttpResponse::Created().json(team))
}
