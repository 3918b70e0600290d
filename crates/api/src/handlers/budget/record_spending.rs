use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::budget::{self, NewSpendingRow};
use hgcs_db::views;
use hgcs_domain::api::budget::{BudgetLineDetail, SpendingInput};
use hgcs_domain::budget::MAX_VND;
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
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

/// Records money spent from a line of a plan the caller manages: the day
/// (within the plan's period), what for, how much. More than the line has
/// left is refused (`over_budget`); the line is locked meanwhile, so two
/// spendings at once cannot both take the last of it.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Budget line id"), IdempotencyKey),
    request_body = SpendingInput,
    responses((status = 201, description = "Recorded", body = BudgetLineDetail), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/budget-lines/{id}/spending")]
pub async fn record_spending(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<BudgetLineId>,
    body: JsonBody<SpendingInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let detail = db::transaction(&state.pool, move |conn| {
        let (line, plan) = kept_line(conn, &caller.actor, id)?;
        let mut check = Checker::new();
        let cleaned = input.check(&mut check, today(), (plan.period_start, plan.period_end));
        if (1..=MAX_VND).contains(&cleaned.amount_vnd) {
            check_fits(&line, cleaned.amount_vnd, "amount_vnd", &mut check);
        }
        check.finish()?;
        budget::insert_spending(
            conn,
            &[NewSpendingRow {
                line_id: id.0,
                spent_on: cleaned.spent_on,
                purpose: cleaned.purpose.clone(),
                amount_vnd: cleaned.amount_vnd,
                pay_claim_id: None,
                recorded_by: caller.id.0,
            }],
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "budget_spending",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(plan.unit_id)),
                details: json!({ "amount_vnd": cleaned.amount_vnd, "spent_on": cleaned.spent_on }),
            }),
        )?;
        let line = budget::find_line(conn, id)?;
        Ok(views::budget::line_detail(conn, line, &plan, true)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(detail))
}
