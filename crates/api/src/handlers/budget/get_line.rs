use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::BudgetLineId;
use hgcs_domain::api::budget::BudgetLineDetail;

use crate::access::readable_line;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A budget line with its spending, oldest first, and, for whoever keeps
/// it, the paid pay claims of the plan's units and period not yet booked.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Budget line id")),
    responses(
        (status = 200, description = "The line", body = BudgetLineDetail,
            headers(("ETag" = String, description = "The line's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/budget-lines/{id}")]
pub async fn get_line(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<BudgetLineId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (line, plan, manages) = readable_line(conn, &caller.actor, id, false)?;
        Ok(views::budget::line_detail(conn, line, &plan, manages)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.line.version))
        .json(found))
}
