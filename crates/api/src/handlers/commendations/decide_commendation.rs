use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, commendation};
use hgcs_db::views;
use hgcs_domain::api::pilots::{Commendation, CommendationDecision};
use hgcs_domain::plan::CommendationStatus;
use hgcs_domain::policy;
use hgcs_domain::{CommendationId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::preconditions::IfMatch;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The city approves (with the decision's number and date) or refuses a
/// nomination. A decided nomination is final.
#[utoipa::path(
    tag = "pilots",
    params(("id" = i64, Path, description = "Nomination id"), IfMatchOptional, IdempotencyKey),
    request_body = CommendationDecision,
    responses((status = 200, description = "Decided", body = Commendation), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/commendations/{id}/decision")]
pub async fn decide_commendation(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CommendationId>,
    if_match: IfMatch,
    body: JsonBody<CommendationDecision>,
) -> Result<web::Json<Commendation>, ApiError> {
    let id = id.into_inner();
    // Who may decide at all is known before the body is read; where, after.
    if !policy::can_decide_commendation(&caller.actor, policy::Reach::Within) {
        return Err(ApiError::Forbidden);
    }
    let input = body.into_inner();
    let user = caller.id;
    let input = input.validate()?;
    let note = input.note.clone();
    let decision = input.decision.clone();
    let status = if input.approved {
        CommendationStatus::Approved
    } else {
        CommendationStatus::Refused
    };
    let decided = db::transaction(&state.pool, move |conn| {
        let row = commendation::find(conn, id)?;
        let reach = access::reach(conn, &caller.actor, UnitId(row.unit_id))?;
        if !policy::can_read_plan(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if !policy::can_decide_commendation(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Commendation, id.0)?;
        let stored = decision.as_ref().map(serde_json::to_value).transpose().map_err(|e| ApiError::Internal(e.to_string()))?;
        let row = commendation::decide(conn, id, status, stored.as_ref(), &note, user)?.ok_or_else(|| {
            ApiError::Conflict(Text::new("Đề nghị này đã được quyết định", "This nomination is already decided"))
        })?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "commendation",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "status": status, "decision": decision.as_ref().map(|d| d.label()) }),
            }),
        )?;
        Ok(views::commendations::commendation(conn, row)?)
    })
    .await?;
    Ok(web::Json(decided))
}
