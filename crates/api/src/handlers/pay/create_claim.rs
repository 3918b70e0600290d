use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, pay, unit};
use hgcs_db::views;
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::UnitId;
use hgcs_domain::api::pay::{PayClaim, PayClaimInput};
use hgcs_domain::mediation::claimable;
use hgcs_domain::policy;
use hgcs_domain::recorded::check_step_day;
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, Rule};
use serde_json::json;

use crate::access::readable_case;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};

use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// The team leader claims pay for a case that ended. The amount is the
/// rate in force on the day the case ended, in the nearest unit that has one.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body = PayClaimInput,
    responses((status = 201, description = "Claimed", body = PayClaim), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/pay-claims")]
pub async fn create_claim(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<PayClaimInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let user = caller.id;
    let created = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, input.case_id)?;
        if !policy::can_claim_pay(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let (Some(ended), true) = (row.closed_on, claimable(row.state()?)) else {
            return Err(ApiError::invalid("case_id", Rule::CaseNotEnded));
        };
        let mut check = Checker::new();
        check_step_day(&mut check, "claimed_on", input.claimed_on, ended, today());
        check.finish()?;
        let path = unit::path(conn, UnitId(row.unit_id))?;
        let rate = pay::rate_on(conn, &path, ended)?
            .ok_or_else(|| ApiError::invalid("case_id", Rule::NoRate))?;
        let claim = pay::insert_claim(conn, row.id, &rate, input.claimed_on, user.0).map_err(
            |e| match e {
                DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                    ApiError::Conflict(Text::new(
                        "Vụ việc đã được đề nghị chi thù lao",
                        "Pay was already claimed for this case",
                    ))
                }
                other => other.into(),
            },
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "pay_claim",
                entity_id: claim.id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "case_id": row.id, "amount_vnd": claim.amount_vnd }),
            }),
        )?;
        Ok(views::pay::claim_on_case(conn, claim, &row, today())?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
