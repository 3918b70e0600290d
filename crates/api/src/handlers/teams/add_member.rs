use crate::access::readable_team;
use crate::preconditions::IfMatch;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::mediator::{self, NewMediatorRow};
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_domain::api::mediation::{MediatorInput, Team};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
use hgcs_domain::{MediatorId, TeamId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Adds a mediator to a team.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Team id"), IfMatchOptional, IdempotencyKey),
    request_body = MediatorInput,
    responses((status = 201, description = "The team with its new member", body = Team), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/teams/{id}/members")]
pub async fn add_member(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<TeamId>,
    if_match: IfMatch,
    body: JsonBody<MediatorInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let team = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_team(conn, &caller.actor, id)?;
        if !policy::can_manage_team(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Team, id.0)?;
        let mut check = Checker::new();
        let today = today();
        let member = input.check(&mut check, "mediator", today);
        check.finish()?;
        let new = NewMediatorRow {
            team_id: Some(row.id),
            ..NewMediatorRow::from(&member)
        };
        let saved = mediator::insert(conn, &new)?;
        let user = Some(caller.id.0);
        mediator::record_entry_events(conn, MediatorId(saved.id), &member, user, today)?;
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
        Ok(views::teams::team(conn, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(team))
}
