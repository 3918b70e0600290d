use actix_web::{get, web};
use chrono::{DateTime, Utc};
use hgcs_db::models::case_read::Scope;
use hgcs_db::models::{supervision, unit};
use hgcs_db::views;
use hgcs_domain::api::supervisions::{SupervisionPage, SupervisionQuery};
use hgcs_domain::policy;
use hgcs_domain::validation::PageLimit;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::paging;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Supervisions of the caller's scope (everywhere for one who sees every
/// unit) or of a unit of it (403 outside), newest recorded first, a page
/// at a time (keyset on the moment recorded and id).
#[utoipa::path(
    tag = "supervision",
    params(SupervisionQuery),
    responses((status = 200, description = "A page of supervisions", body = SupervisionPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/supervisions")]
pub async fn list_supervisions(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<SupervisionQuery>,
) -> Result<web::Json<SupervisionPage>, ApiError> {
    if !policy::reads_supervisions(&caller.actor) {
        return Err(ApiError::Forbidden);
    }
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<DateTime<Utc>>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let scope = match query.unit_id {
            Some(root) => {
                let reach = access::reach(conn, &caller.actor, root)?;
                if !policy::can_read_supervision(&caller.actor, reach) {
                    return Err(ApiError::Forbidden);
                }
                unit::scope(conn, root)?
            }
            None if policy::sees_every_unit(&caller.actor) => Scope::Everywhere,
            None => unit::scope(conn, caller.actor.unit_id)?,
        };
        let rows = supervision::list(conn, &query, scope, after, limit.fetch())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|r| (r.row.created_at, r.row.id));
        Ok(SupervisionPage {
            items: views::supervisions::supervisions(conn, &caller.actor, rows)?,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
