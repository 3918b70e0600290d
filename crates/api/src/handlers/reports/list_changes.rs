use actix_web::{get, web};
use chrono::{DateTime, Utc};
use hgcs_db::models::{report, unit};
use hgcs_db::views;
use hgcs_domain::api::reports::{ReportChangePage, ReportChangeQuery};
use hgcs_domain::policy;
use hgcs_domain::validation::PageLimit;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::paging;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The reports of the caller's scope changed after `since` (or after the
/// `cursor` of a previous page), oldest change first: what a machine
/// client polls. A change committed while a poll runs may carry an
/// earlier moment than the poll's last item, so a client polls again from
/// a minute before the last `updated_at` it saw; `id` and `version` make
/// the repeats harmless.
#[utoipa::path(
    tag = "reports",
    params(ReportChangeQuery),
    responses((status = 200, description = "Changed reports", body = ReportChangePage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/report-changes")]
pub async fn list_changes(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<ReportChangeQuery>,
) -> Result<web::Json<ReportChangePage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    // Strictly after `since`: past every id of that moment.
    let start = match query.since {
        Some(since) => (since, i64::MAX),
        None => (DateTime::<Utc>::UNIX_EPOCH, 0),
    };
    let after = paging::after::<DateTime<Utc>>(query.cursor.as_deref())?.unwrap_or(start);
    let page = db::run(&state.pool, move |conn| {
        let units = if policy::sees_every_unit(&caller.actor) {
            None
        } else {
            Some(unit::held_units(conn, caller.actor.unit_id)?)
        };
        let rows = report::changed_after(conn, units.as_deref(), after, limit.fetch())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|(row, _)| (row.updated_at, row.id));
        Ok(ReportChangePage {
            items: views::reports::changes(conn, rows)?,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
