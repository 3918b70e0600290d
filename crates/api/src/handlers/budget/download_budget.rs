use std::collections::HashMap;

use actix_web::{HttpResponse, get, web};
use hgcs_db::models::budget;
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::budget::Spending;

use crate::access::readable_budget;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::budget_xlsx::{budget_xlsx, file_name};
use crate::documents::xlsx::XLSX_CONTENT_TYPE;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A plan's budget as an Excel workbook: the lines, the totals per source
/// and per task, and every spending with its vouchers, from the same
/// figures `/plans/{id}/budget` answers.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The workbook (XLSX)", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}/budget/xlsx")]
pub async fn download_budget(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (title, found, spending) = db::run(&state.pool, move |conn| {
        let (plan, manages) = readable_budget(conn, &caller.actor, id)?;
        let lines = budget::lines_of_plan(conn, id)?;
        let found = views::budget::plan_budget(id, lines, manages)?;
        let ids: Vec<i64> = found.lines.iter().map(|line| line.id.0).collect();
        let mut spent: HashMap<i64, Vec<Spending>> = HashMap::new();
        for (line, spending) in views::budget::spending(conn, &ids)? {
            spent.entry(line).or_default().push(spending);
        }
        let spending = found
            .lines
            .iter()
            .map(|line| {
                (
                    line.title.clone(),
                    spent.remove(&line.id.0).unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>();
        Ok((plan.title, found, spending))
    })
    .await?;
    let bytes = budget_xlsx(&title, &found, &spending)?;
    Ok(documents::attachment(
        XLSX_CONTENT_TYPE,
        &file_name(id.0),
        bytes,
    ))
}
