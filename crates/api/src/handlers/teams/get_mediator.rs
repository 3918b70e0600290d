use actix_web::{get, web};
use hgcs_db::PgConnection;
use hgcs_db::models::mediator::{self, MediatorRow};
use hgcs_domain::api::mediation::{Mediator, MediatorEvent};
use hgcs_domain::policy::Actor;
use hgcs_domain::recorded::mark_late_recognitions;
use hgcs_domain::{MediatorId, TeamId};

use super::readable_team;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// The mediator and the team it belongs to, if the caller may read the team.
pub fn readable_mediator(
    conn: &mut PgConnection,
    actor: &Actor,
    id: MediatorId,
) -> Result<(MediatorRow, hgcs_db::models::team::TeamRow), ApiError> {
    let row = mediator::find(conn, id)?;
    let team = row.team_id.ok_or(ApiError::NotFound)?;
    let (team, _) = readable_team(conn, actor, TeamId(team))?;
    Ok((row, team))
}

pub fn mediator_detail(conn: &mut PgConnection, row: MediatorRow) -> Result<Mediator, ApiError> {
    fn field(details: &serde_json::Value, name: &str) -> serde_json::Value {
        details.get(name).cloned().unwrap_or_default()
    }
    fn parse<T: serde::de::DeserializeOwned>(details: &serde_json::Value, name: &str) -> Option<T> {
        serde_json::from_value(field(details, name)).ok()
    }
    let mut history = mediator::events(conn, MediatorId(row.id))?
        .into_iter()
        .map(|event| {
            Ok(MediatorEvent {
                kind: event.kind()?,
                occurred_on: event.occurred_on,
                method: parse(&event.details, "method"),
                percent: field(&event.details, "percent").as_f64(),
                decision: parse(&event.details, "decision"),
                reason: parse(&event.details, "reason"),
                note: field(&event.details, "note")
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                late: field(&event.details, "late").as_bool().unwrap_or(false),
                recorded_at: event.created_at,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    mark_late_recognitions(&mut history);
    Ok(Mediator {
        summary: row.summary()?,
        team_id: row.team_id.map(TeamId),
        education: row.education()?,
        occupation: row.occupation,
        phone: row.phone,
        history,
    })
}

/// A mediator's profile with the whole history.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Mediator id")),
    responses((status = 200, description = "The mediator", body = Mediator), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/mediators/{id}")]
pub async fn get_mediator(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<Mediator>, ApiError> {
    let id = MediatorId(id.into_inner());
    let found = db::run(&state.pool, move |conn| {
        let (row, _) = readable_mediator(conn, &caller.actor, id)?;
        mediator_detail(conn, row)
    })
    .await?;
    Ok(web::Json(found))
}
