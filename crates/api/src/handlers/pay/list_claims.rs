use actix_web::{get, web};
use chrono::NaiveDate;
use hgcs_db::models::case_read::Scope;
use hgcs_db::models::pay::{self, ClaimFilter};
use hgcs_db::models::unit;
use hgcs_db::views;
use hgcs_db::views::pay::ClaimContext;
use hgcs_domain::api::pay::{PayClaimPage, PayClaimQuery};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::PageLimit;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::paging;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Pay claims of cases in the caller's scope (everywhere for one who sees
/// every unit) or in a unit of it (403 outside), newest first, a page at
/// a time (keyset on claimed day and id); of one status, paid within some
/// days, when asked (a report's pay figure opens these).
#[utoipa::path(
    tag = "mediation",
    params(PayClaimQuery),
    responses((status = 200, description = "A page of claims", body = PayClaimPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/pay-claims")]
pub async fn list_claims(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<PayClaimQuery>,
) -> Result<web::Json<PayClaimPage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<NaiveDate>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let scope = match query.unit_id {
            Some(root) => {
                if !policy::can_read_case(&caller.actor, access::reach(conn, &caller.actor, root)?)
                {
                    return Err(ApiError::Forbidden);
                }
                unit::scope(conn, root)?
            }
            None if policy::sees_every_unit(&caller.actor) => Scope::Everywhere,
            None => unit::scope(conn, caller.actor.unit_id)?,
        };
        let filter = ClaimFilter {
            status: query.status,
            paid_from: query.paid_from,
            paid_to: query.paid_to,
        };
        let rows = pay::claims(conn, scope, filter, after, limit.fetch())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|(row, ..)| (row.claimed_on, row.id));
        let today = today();
        let items = rows
            .into_iter()
            .map(|(row, rate_from, entry_no, team_id, team_name)| {
                let context = ClaimContext {
                    rate_from,
                    entry_no,
                    team_id,
                    team_name,
                };
                Ok(views::pay::claim(row, context, today)?)
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        Ok(PayClaimPage {
            items,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
