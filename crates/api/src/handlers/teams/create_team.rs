use actix_web::{HttpResponse, post, web};
use hgcs_db::models::mediator::{self, NewMediatorRow};
use hgcs_db::models::{audit, team, unit};
use hgcs_db::views;
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::mediation::{Team, TeamInput};
use hgcs_domain::mediation::MediatorEventKind;
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, LevelRule, Rule};
use hgcs_domain::{MediatorId, TeamId, UnitLevel};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A new team with its mediators. The law's rules — at least three
/// mediators, at least one woman, a minority member in an ethnic-minority
/// area — are checked on the members given.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body = TeamInput,
    responses((status = 201, description = "Created", body = Team), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/teams")]
pub async fn create_team(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<TeamInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let level = access::referenced_unit(conn, input.unit_id, "unit_id")?.level()?;
        if !policy::can_manage_team(
            &caller.actor,
            access::reach(conn, &caller.actor, input.unit_id)?,
        ) {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        if !matches!(level, UnitLevel::Village | UnitLevel::Commune) {
            check.add("unit_id", Rule::WrongLevel(LevelRule::TeamInVillage));
        }
        let today = today();
        let minority_area = unit::in_minority_area(conn, input.unit_id)?;
        let team = input.check(&mut check, today, minority_area);
        check.finish()?;

        let founded = input
            .founded_by
            .as_ref()
            .map(serde_json::to_value)
            .transpose()
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let row =
            team::insert(conn, input.unit_id, &team.name, founded.as_ref()).map_err(|error| {
                match error {
                    DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                        ApiError::Conflict(Text::new(
                            format!("Thôn/tổ dân phố đã có tổ hòa giải «{}»", team.name),
                            format!("The unit already has a team named \"{}\"", team.name),
                        ))
                    }
                    other => other.into(),
                }
            })?;
        let user = Some(caller.id.0);
        for (index, member) in team.members.iter().enumerate() {
            let new = NewMediatorRow {
                team_id: Some(row.id),
                is_leader: input.leader == Some(index),
                ..NewMediatorRow::from(member)
            };
            let saved = mediator::insert(conn, &new)?;
            mediator::record_entry_events(conn, MediatorId(saved.id), member, user, today)?;
            if new.is_leader {
                mediator::record_event(
                    conn,
                    MediatorId(saved.id),
                    MediatorEventKind::LeaderElected,
                    today,
                    &json!({}),
                    user,
                )?;
            }
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "team",
                entity_id: row.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "name": row.name, "members": input.members.len() }),
            }),
        )?;
        let saved = team::find(conn, TeamId(row.id))?;
        Ok(views::teams::team(conn, saved)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
