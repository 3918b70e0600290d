use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, pay};
use hgcs_db::views;
use hgcs_domain::api::pay::{PayClaim, PayDecision};
use hgcs_domain::mediation::ClaimStatus;
use hgcs_domain::policy;
use hgcs_domain::recorded::check_step_day;
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
use hgcs_domain::{CaseId, UnitId};
use serde_json::json;

use crate::access::readable_case;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::preconditions::IfMatch;

use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The ward approves a claim, or refuses it with the reason.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Claim id"), IfMatchOptional, IdempotencyKey),
    request_body = PayDecision,
    responses((status = 200, description = "Decided", body = PayClaim), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/pay-claims/{id}/decision")]
pub async fn decide_claim(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
    body: JsonBody<PayDecision>,
) -> Result<web::Json<PayClaim>, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let user = caller.id;
    let decided = db::transaction(&state.pool, move |conn| {
        let claim = pay::find_claim(conn, id)?;
        let (row, reach) = readable_case(conn, &caller.actor, CaseId(claim.case_id))?;
        if !policy::can_decide_pay(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::PayClaim, id)?;
        let mut check = Checker::new();
        let reason = check.text("reason", &input.reason, usize::from(!input.approved), 2_000);
        check_step_day(&mut check, "on", input.on, claim.claimed_on, today());
        check.finish()?;
        let to = if input.approved {
            ClaimStatus::Approved
        } else {
            ClaimStatus::Refused
        };
        let claim = pay::decide(
            conn,
            id,
            ClaimStatus::Claimed,
            to,
            input.on,
            &reason,
            user.0,
        )?
        .ok_or_else(|| {
            ApiError::Conflict(Text::new(
                "Đề nghị đã được quyết định",
                "The claim is already decided",
            ))
        })?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "pay_claim",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "status": to, "on": input.on }),
            }),
        )?;
        Ok(views::pay::claim_on_case(conn, claim, &row, today())?)
    })
    .await?;
    Ok(web::Json(decided))
}
