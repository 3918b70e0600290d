use actix_web::{get, web};
use chrono::NaiveDate;
use hgcs_db::models::{case, unit};
use hgcs_db::views;
use hgcs_domain::api::mediation::{CasePage, CaseQuery};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::time::today;
use hgcs_domain::validation::Rule;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 200;

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
    query: web::Query<CaseQuery>,
) -> Result<web::Json<CasePage>, ApiError> {
    let query = query.into_inner();
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid(
            "limit",
            Rule::PageSize { max: MAX_LIMIT },
        ));
    }
    let after = match query.cursor.as_deref() {
        None => None,
        Some(text) => Some(
            parse_cursor(text)
                .ok_or_else(|| ApiError::InvalidQuery(format!("invalid cursor {text:?}")))?,
        ),
    };
    let page = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let reach = access::reach(conn, &caller.actor, root)?;
        if !policy::can_read_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let units = unit::subtree(conn, root)?;
        let mut rows = case::list(conn, &query, Some(&units), after, limit + 1, today())?;
        let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
        rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let next_cursor = more
            .then(|| rows.last().map(|r| format!("{}_{}", r.received_on, r.id)))
            .flatten();
        let view = views::cases::CaseView {
            personal: false,
            history: false,
            manage: policy::can_manage_case(&caller.actor, Reach::Within),
        };
        Ok(CasePage {
            items: views::cases::cases(conn, rows, view)?,
            next_cursor,
        })
    })
    .await?;
    Ok(web::Json(page))
}

fn parse_cursor(text: &str) -> Option<(NaiveDate, i64)> {
    let (day, id) = text.split_once('_')?;
    Some((day.parse().ok()?, id.parse().ok()?))
}
