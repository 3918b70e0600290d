use actix_web::{HttpResponse, post, web};
use hgcs_db::models::budget::{self, NewSpendingRow};
use hgcs_db::models::{audit, unit};
use hgcs_db::views;
use hgcs_domain::api::budget::{BookClaimsInput, BudgetLineDetail};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{BudgetLineId, UnitId};
use serde_json::json;

use crate::access::{check_fits, kept_line};
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Books paid pay claims as spending of a line: each must be paid, of a
/// case within the plan's unit, paid within the plan's period, and booked
/// on no line yet (`unknown_reference` naming it otherwise); together
/// they must fit in what the line has left. A claim booked on another
/// line at the same moment is 409.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Budget line id"), IdempotencyKey),
    request_body = BookClaimsInput,
    responses((status = 201, description = "Booked", body = BudgetLineDetail), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/budget-lines/{id}/pay-claims")]
pub async fn book_claims(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<BudgetLineId>,
    body: JsonBody<BookClaimsInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let detail = db::transaction(&state.pool, move |conn| {
        let (line, plan) = kept_line(conn, &caller.actor, id)?;
        let mut check = Checker::new();
        input.check(&mut check);
        check.finish()?;
        let mut check = Checker::new();
        let scope = unit::scope(conn, plan.unit())?;
        let period = (plan.period_start, plan.period_end);
        let limit = i64::try_from(input.claim_ids.len()).unwrap_or(i64::MAX);
        let found = budget::unbooked_claims(conn, scope, period, Some(&input.claim_ids), limit)?;
        for (index, claim) in input.claim_ids.iter().enumerate() {
            check.unless(
                found.iter().any(|f| f.id == *claim),
                &format!("claim_ids[{index}]"),
                Rule::UnknownReference,
            );
        }
        let amount: i64 = found.iter().map(|claim| claim.amount_vnd).sum();
        check_fits(&line, amount, "claim_ids", &mut check);
        check.finish()?;
        let rows: Vec<NewSpendingRow> = found
            .iter()
            .map(|claim| NewSpendingRow {
                line_id: id.0,
                spent_on: claim.paid_on.unwrap_or(plan.period_start),
                purpose: format!(
                    "Thù lao hòa giải vụ việc số {} ({})",
                    claim.entry_no, claim.team_name
                ),
                amount_vnd: claim.amount_vnd,
                pay_claim_id: Some(claim.id),
                recorded_by: caller.id.0,
            })
            .collect();
        budget::insert_spending(conn, &rows)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "budget_spending",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(plan.unit_id)),
                details: json!({ "pay_claims": input.claim_ids, "amount_vnd": amount }),
            }),
        )?;
        let line = budget::find_line(conn, id)?;
        Ok(views::budget::line_detail(conn, line, &plan, true)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(detail))
}
