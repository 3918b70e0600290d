use crate::access::readable_case;
use crate::preconditions::IfMatch;
use actix_web::{post, web};
use chrono::Utc;
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, case, mediator};
use hgcs_db::views;
use hgcs_domain::api::mediation::{Case, CaseStep};
use hgcs_domain::mediation::CaseAction;
use hgcs_domain::policy;
use hgcs_domain::text::search_key;
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{CaseId, Lang, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};

use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Moves a case through its workflow: assign, start, succeed, fail,
/// withdraw, reopen. A step the current state does not allow is refused
/// with 409; each step is dated, kept in the history and audited.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id"), IfMatchOptional, IdempotencyKey),
    request_body = CaseStep,
    responses((status = 200, description = "The case after the step", body = Case), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/cases/{id}/steps")]
pub async fn step_case(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
    if_match: IfMatch,
    body: JsonBody<CaseStep>,
) -> Result<web::Json<Case>, ApiError> {
    let id = id.into_inner();
    let step = body.into_inner();
    let user = caller.id;
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        if !policy::can_manage_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Case, id.0)?;
        let from = row.state()?;
        let Some(to) = from.after(step.action) else {
            return Err(ApiError::Conflict(Text::new(
                format!(
                    "Không thể «{}» khi vụ việc đang ở trạng thái «{}»",
                    step.action,
                    from.label(Lang::Vi)
                ),
                format!(
                    "Cannot {} a case that is {}",
                    step.action,
                    from.label(Lang::En).to_lowercase()
                ),
            )));
        };
        let mut check = Checker::new();
        let previous = case::last_step_on(conn, id)?.unwrap_or(row.received_on);
        let step = step.check(&mut check, previous, today());
        let outcome = matches!(step.action, CaseAction::Succeed | CaseAction::Fail)
            .then_some(step.outcome.as_str());
        if step.action == CaseAction::Assign && !step.mediators.is_empty() {
            check_assignment(conn, &mut check, &row, &step)?;
        }
        check.finish()?;

        let now = Utc::now();
        let assigned = (step.action == CaseAction::Assign).then_some((step.on, now));
        let closed_on = to.is_closed().then_some(step.on);
        if step.action == CaseAction::Assign {
            let ids: Vec<i64> = step.mediators.iter().map(|a| a.mediator_id.0).collect();
            case::set_mediators(conn, id, &ids)?;
        }
        let moved = case::transition(conn, id, from, to, assigned, closed_on, outcome, now)?
            .ok_or_else(|| {
                ApiError::Conflict(Text::new(
                    "Vụ việc vừa được người khác cập nhật",
                    "The case was just changed by someone else",
                ))
            })?;
        case::record_event(
            conn,
            id,
            step.action.as_str(),
            to,
            step.on,
            &step.note,
            user.0,
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "case",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "action": step.action, "from": from, "to": to, "on": step.on }),
            }),
        )?;
        let view = views::cases::CaseView {
            personal: policy::can_see_personal_data(&caller.actor, reach),
            history: true,
            manage: true,
        };
        Ok(views::cases::case(conn, moved, view)?)
    })
    .await?;
    Ok(web::Json(updated))
}

/// Mediators must be active members of the case's team, and none may have
/// an interest in the matter or be one of its parties.
fn check_assignment(
    conn: &mut hgcs_db::PgConnection,
    check: &mut Checker,
    row: &case::CaseRow,
    step: &CaseStep,
) -> Result<(), ApiError> {
    let party_names: Vec<String> = case::parties(conn, &[row.id])?
        .iter()
        .map(|p| search_key(&p.name))
        .collect();
    let ids: Vec<i64> = step.mediators.iter().map(|a| a.mediator_id.0).collect();
    let found = mediator::many(conn, &ids)?;
    for (index, assignment) in step.mediators.iter().enumerate() {
        let field = format!("mediators[{index}]");
        match found.iter().find(|m| m.id == assignment.mediator_id.0) {
            Some(m) if m.team_id == Some(row.team_id) && m.active() => {
                if assignment.has_interest || party_names.contains(&search_key(&m.full_name)) {
                    check.add(
                        &field,
                        Rule::HasInterest {
                            mediator: m.full_name.clone(),
                        },
                    );
                }
            }
            _ => check.add(&field, Rule::UnknownReference),
        }
    }
    Ok(())
}
