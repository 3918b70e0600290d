use crate::access::readable_mediator;
use crate::preconditions::IfMatch;
use actix_web::{post, web};
use chrono::NaiveDate;
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, mediator, notification, unit};
use hgcs_db::views;
use hgcs_domain::api::mediation::{Mediator, MediatorEventInput};
use hgcs_domain::mediation::{MediatorEventKind, is_minority, team_shortfalls};
use hgcs_domain::policy;
use hgcs_domain::recorded::check_step_day;
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
use hgcs_domain::validation::Rule;
use hgcs_domain::{Lang, MediatorId, TeamId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Records what happened to a mediator: elected, recognised, elected
/// leader, or left (with the reason). History is never deleted; a team
/// that falls below the law's rules is flagged and the ward notified.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Mediator id"), IfMatchOptional, IdempotencyKey),
    request_body = MediatorEventInput,
    responses((status = 200, description = "The mediator with the event", body = Mediator), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/mediators/{id}/events")]
pub async fn record_mediator_event(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<MediatorId>,
    if_match: IfMatch,
    body: JsonBody<MediatorEventInput>,
) -> Result<web::Json<Mediator>, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, team, reach) = readable_mediator(conn, &caller.actor, id)?;
        if !policy::can_manage_team(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Mediator, id.0)?;
        if !row.active() {
            return Err(ApiError::invalid("kind", Rule::MediatorLeft));
        }
        // A history may be filled in any order (the recognition rule reads
        // the days recorded), so only a day still to come is refused.
        let mut check = Checker::new();
        check_step_day(
            &mut check,
            "occurred_on",
            input.occurred_on,
            NaiveDate::MIN,
            today(),
        );
        check.finish()?;
        let details = match input.kind {
            MediatorEventKind::Left => {
                let reason = input
                    .reason
                    .ok_or_else(|| ApiError::invalid("reason", Rule::Required))?;
                json!({ "reason": reason, "note": input.note })
            }
            MediatorEventKind::Elected => {
                json!({ "method": input.method, "percent": input.percent, "note": input.note })
            }
            MediatorEventKind::Recognised => {
                json!({ "decision": input.decision, "note": input.note })
            }
            MediatorEventKind::LeaderElected => json!({ "note": input.note }),
        };
        mediator::record_event(
            conn,
            id,
            input.kind,
            input.occurred_on,
            &details,
            Some(caller.id.0),
        )?;
        match input.kind {
            MediatorEventKind::Left => {
                mediator::set_left(conn, id, input.occurred_on)?;
                let active: Vec<_> = mediator::for_teams(conn, &[team.id])?
                    .into_iter()
                    .filter(|m| m.active())
                    .map(|m| Ok((m.sex()?, is_minority(&m.ethnicity))))
                    .collect::<Result<_, ApiError>>()?;
                let missing =
                    team_shortfalls(&active, unit::in_minority_area(conn, UnitId(team.unit_id))?);
                if !missing.is_empty() {
                    let reasons: Vec<&str> = missing.iter().map(|r| r.message(Lang::Vi)).collect();
                    notification::insert(
                        conn,
                        caller.actor.unit_id,
                        "team_below_rules",
                        None,
                        &format!("{}: {}", team.name, reasons.join("; ")),
                    )?;
                }
            }
            MediatorEventKind::LeaderElected => {
                mediator::set_leader(conn, TeamId(team.id), id)?;
            }
            _ => {}
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "mediator",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(team.unit_id)),
                details: json!({ "event": input.kind, "on": input.occurred_on }),
            }),
        )?;
        let row = mediator::find(conn, id)?;
        Ok(views::mediators::detail(conn, row)?)
    })
    .await?;
    Ok(web::Json(updated))
}
