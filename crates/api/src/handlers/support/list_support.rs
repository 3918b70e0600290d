use actix_web::{get, web};
use chrono::NaiveDate;
use hgcs_db::models::case_read::Scope;
use hgcs_db::models::partner_support::{self, Recorder};
use hgcs_db::models::unit;
use hgcs_db::views;
use hgcs_domain::api::supervisions::{SupportPage, SupportQuery};
use hgcs_domain::policy::{self, Principal};
use hgcs_domain::validation::PageLimit;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::paging;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Trainers and materials supplied to the mediators of the caller's scope
/// (a legal partner: what it or its organisation recorded), newest first,
/// a page at a time (keyset on the day supplied and id).
#[utoipa::path(
    tag = "supervision",
    params(SupportQuery),
    responses((status = 200, description = "A page of support", body = SupportPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/partner-support")]
pub async fn list_support(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<SupportQuery>,
) -> Result<web::Json<SupportPage>, ApiError> {
    let own = match caller.actor.principal {
        Principal::User(user) if policy::reads_support(&caller.actor) => {
            policy::reads_own_support_only(&caller.actor).then_some(Recorder {
                user: user.0,
                organisation: caller.actor.organisation_id.map(|o| o.0),
            })
        }
        _ => return Err(ApiError::Forbidden),
    };
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<NaiveDate>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let scope = if policy::sees_every_unit(&caller.actor) {
            Scope::Everywhere
        } else {
            unit::scope(conn, caller.actor.unit_id)?
        };
        let rows = partner_support::list(conn, scope, own, query.kind, after, limit.fetch())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|r| (r.row.supplied_on, r.row.id));
        Ok(SupportPage {
            items: views::supervisions::support(conn, rows)?,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
