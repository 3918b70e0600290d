use actix_web::{HttpResponse, put, web};
use hgcs_db::models::audit;
use hgcs_db::models::budget::{self, LineValues};
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_domain::BudgetLineId;
use hgcs_domain::api::budget::{BudgetLine, BudgetLineInput};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PlanId, UnitId};
use serde_json::json;

use crate::access::{check_line_task, kept_line};
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Changes a budget line (its task, source, title, allocation, note); the
/// allocation never falls below what was spent from it.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Budget line id"), IfMatchRequired),
    request_body = BudgetLineInput,
    responses(
        (status = 200, description = "Changed", body = BudgetLine,
            headers(("ETag" = String, description = "The line's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/budget-lines/{id}")]
pub async fn update_line(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<BudgetLineId>,
    if_match: IfMatch,
    body: JsonBody<BudgetLineInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let changed = db::transaction(&state.pool, move |conn| {
        let (line, plan) = kept_line(conn, &caller.actor, id)?;
        if_match.required()?.claim(conn, Versioned::BudgetLine, id.0)?;
        let mut check = Checker::new();
        let cleaned = input.check(&mut check);
        check_line_task(conn, PlanId(plan.id), cleaned.task_id, &mut check)?;
        if cleaned.allocated_vnd >= 0 {
            check.unless(
                cleaned.allocated_vnd >= line.spent,
                "allocated_vnd",
                Rule::BelowSpent { spent: line.spent },
            );
        }
        check.finish()?;
        budget::update_line(conn, id, &LineValues::from(&cleaned))?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "budget_line",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(plan.unit_id)),
                details: json!({
                    "allocated_vnd": { "from": line.row.allocated_vnd, "to": cleaned.allocated_vnd },
                    "source": cleaned.source.as_str(),
                }),
            }),
        )?;
        Ok(views::budget::line(budget::find_line(conn, id)?)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(changed.version))
        .json(changed))
}
