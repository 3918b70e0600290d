use actix_web::{get, web};
use hgcs_db::models::library::{self, Filter};
use hgcs_db::views;
use hgcs_domain::api::library::{LibraryItem, LibraryQuery};
use hgcs_domain::search::{query_terms, ts_query};

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Items of the library: published ones of every city, and the drafts and
/// withdrawn ones the caller publishes. With `q`, those matching every
/// word (accents optional, the last word as a prefix), best first;
/// otherwise the latest changed first. At most 200.
#[utoipa::path(
    tag = "library",
    params(LibraryQuery),
    responses((status = 200, description = "Library items", body = [LibraryItem]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/library")]
pub async fn list_items(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<LibraryQuery>,
) -> Result<web::Json<Vec<LibraryItem>>, ApiError> {
    let query = query.into_inner();
    let terms = query_terms(query.q.as_deref())?;
    let filter = Filter {
        query: ts_query(&terms),
        kind: query.kind,
        state: query.state,
        task_id: query.task_id.map(|t| t.0),
    };
    let items = db::run(&state.pool, move |conn| {
        let units = access::draft_units(conn, &caller.actor)?;
        let rows: Vec<_> = library::list(conn, units.as_deref(), &filter, 200)?
            .into_iter()
            .map(|found| found.item)
            .collect();
        let managed = access::managed_items(conn, &caller.actor, &rows)?;
        Ok(views::library::items(conn, rows, &managed)?)
    })
    .await?;
    Ok(web::Json(items))
}
