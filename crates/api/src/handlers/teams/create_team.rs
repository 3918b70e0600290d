use actix_web::{HttpResponse, post, web};
use hgcs_db::models::mediator;
use hgcs_db::models::{audit, team, unit};
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::mediation::{Team, TeamInput};
use hgcs_domain::mediation::{MediatorEventKind, is_minority, team_shortfalls};
use hgcs_domain::policy;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{Lang, MediatorId, TeamId, UnitLevel};
use serde_json::json;

use super::{checked_mediator, minority_area, record_entry_events, teams_of};
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::handlers::plans::{reach_of, today};
use crate::openapi::WriteErrors;
use crate::state::AppState;

/// A new team with its mediators. The law's rules — at least three
/// mediators, at least one woman, a minority member in an ethnic-minority
/// area — are checked on the members given.
#[utoipa::path(
    tag = "mediation",
    request_body = TeamInput,
    responses((status = 201, description = "Created", body = Team), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/teams")]
pub async fn create_team(
    caller: Authenticated,
    state: web::Data<AppState>,
    body: web::Json<TeamInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let level = match unit::find(conn, input.unit_id) {
            Ok(row) => row.level()?,
            Err(DbError::NotFound) => {
                return Err(ApiError::invalid("unit_id", Rule::UnknownReference));
            }
            Err(other) => return Err(other.into()),
        };
        if !policy::can_manage_team(&caller.actor, reach_of(conn, &caller.actor, input.unit_id)?) {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        if !matches!(level, UnitLevel::Village | UnitLevel::Commune) {
            check.add(
                "unit_id",
                Rule::Custom {
                    code: "unit_level_mismatch",
                    vi: "Tổ hòa giải được thành lập ở thôn, tổ dân phố".into(),
                    en: "A team serves a village or residential group".into(),
                },
            );
        }
        let name = check.text("name", &input.name, 1, 200);
        let members: Vec<_> = input
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| checked_mediator(&mut check, &format!("members[{i}]"), m))
            .collect();
        let composition: Vec<_> = members
            .iter()
            .zip(&input.members)
            .map(|(checked, typed)| (typed.sex, is_minority(&checked.ethnicity)))
            .collect();
        for rule in team_shortfalls(&composition, minority_area(conn, input.unit_id)?) {
            check.add(
                "members",
                Rule::Custom {
                    code: rule.as_str(),
                    vi: rule.message(Lang::Vi).into(),
                    en: rule.message(Lang::En).into(),
                },
            );
        }
        if input.leader.is_some_and(|i| i >= members.len()) {
            check.add("leader", Rule::UnknownReference);
        }
        check.finish().map_err(ApiError::Validation)?;

        let founded = input
            .founded_by
            .as_ref()
            .map(serde_json::to_value)
            .transpose()
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let row =
            team::insert(conn, input.unit_id, &name, founded.as_ref()).map_err(
                |error| match error {
                    DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                        ApiError::Conflict(Text::new(
                            format!("Thôn/tổ dân phố đã có tổ hòa giải «{name}»"),
                            format!("The unit already has a team named \"{name}\""),
                        ))
                    }
                    other => other.into(),
                },
            )?;
        let user = caller.user_id().map(|u| u.0);
        for (index, (mut new, typed)) in members.into_iter().zip(&input.members).enumerate() {
            new.team_id = Some(row.id);
            new.is_leader = input.leader == Some(index);
            let saved = mediator::insert(conn, &new)?;
            record_entry_events(conn, MediatorId(saved.id), typed, user)?;
            if new.is_leader {
                mediator::record_event(
                    conn,
                    MediatorId(saved.id),
                    MediatorEventKind::LeaderElected,
                    today(),
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
        teams_of(conn, vec![saved])?.pop().ok_or(ApiError::NotFound)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
