use actix_web::{HttpResponse, delete, web};
use hgcs_db::models::{audit, budget};
use hgcs_domain::{SpendingId, UnitId};
use serde_json::json;

use crate::access::kept_spending;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Removes a spending recorded by mistake, with its vouchers; a booked
/// pay claim returns to those waiting to be booked. The audit log keeps
/// what it was.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Spending id")),
    responses((status = 204, description = "Removed"), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[delete("/budget-spending/{id}")]
pub async fn delete_spending(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<SpendingId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    db::transaction(&state.pool, move |conn| {
        let (spending, _, plan) = kept_spending(conn, &caller.actor, id)?;
        budget::delete_spending(conn, id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::DELETE,
                entity: "budget_spending",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(plan.unit_id)),
                details: json!({
                    "line_id": spending.line_id,
                    "spent_on": spending.spent_on,
                    "purpose": spending.purpose,
                    "amount_vnd": spending.amount_vnd,
                    "pay_claim_id": spending.pay_claim_id,
                }),
            }),
        )?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
