use actix_web::{get, web};
use chrono::Datelike;
use hgcs_db::models::{mediator, unit};
use hgcs_db::views;
use hgcs_domain::api::mediators::{MediatorPage, MediatorQuery};
use hgcs_domain::policy;
use hgcs_domain::text::search_key;
use hgcs_domain::time::today;
use hgcs_domain::validation::PageLimit;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;
use crate::{access, paging};

/// The mediators of the teams in the caller's scope (or of one unit's
/// teams), in the order of names, a page at a time: serving now by
/// default, or those who have left; trained in a year (this one by
/// default) or not.
#[utoipa::path(
    tag = "mediation",
    params(MediatorQuery),
    responses((status = 200, description = "A page of mediators", body = MediatorPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/mediators")]
pub async fn list_mediators(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<MediatorQuery>,
) -> Result<web::Json<MediatorPage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<String>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        if !policy::can_read_team(&caller.actor, access::reach(conn, &caller.actor, root)?) {
            return Err(ApiError::Forbidden);
        }
        let units = unit::held_units(conn, root)?;
        let key = query.q.as_deref().map(search_key).filter(|k| !k.is_empty());
        let year = query.year.unwrap_or_else(|| today().year());
        let rows = mediator::list(
            conn,
            &query,
            &units,
            key.as_deref(),
            year,
            after,
            limit.fetch(),
        )?;
        let (rows, more) = limit.page(rows);
        let last = rows
            .last()
            .map(|(row, _, _)| (row.search_key.clone(), row.id));
        Ok(MediatorPage {
            items: views::mediators::listed(conn, rows)?,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
