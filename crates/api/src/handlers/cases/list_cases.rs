use actix_web::{get, web};
use chrono::NaiveDate;
use hgcs_db::models::case_read::{self, Scope};
use hgcs_db::models::unit;
use hgcs_db::views;
use hgcs_domain::api::mediation::{CasePage, CaseQuery};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::time::today;
use hgcs_domain::validation::PageLimit;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;
use crate::{access, paging};

/// Cases in the caller's scope, newest first, a page at a time (keyset on
/// received day and id). Lists never carry personal data: open a case for that.
#[utoipa::path(
    tag = "mediation",
    params(CaseQuery),
    responses((status = 200, description = "A page of cases", body = CasePage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/cases")]
pub async fn list_cases(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<CaseQuery>,
) -> Result<web::Json<CasePage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<NaiveDate>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let reach = access::reach(conn, &caller.actor, root)?;
        if !policy::can_read_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        // Without a unit, one who sees every unit lists every case, as the
        // counts count them; the others list their own unit's tree.
        let scope = match query.unit_id {
            None if policy::sees_every_unit(&caller.actor) => Scope::Everywhere,
            _ => unit::scope(conn, root)?,
        };
        let rows = case_read::list(conn, &query, scope, after, limit.fetch(), today())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|r| (r.row.received_on, r.row.id));
        let next_cursor = paging::next(more, last);
        let view = views::cases::CaseView {
            personal: false,
            history: false,
            manage: policy::can_manage_case(&caller.actor, Reach::Within),
        };
        Ok(CasePage {
            items: views::cases::records_as(conn, rows, view)?,
            next_cursor,
        })
    })
    .await?;
    Ok(web::Json(page))
}
