use actix_web::{get, web};
use hgcs_db::models::library;
use hgcs_db::views;
use hgcs_domain::api::library::{PublicItem, PublicLibraryQuery};
use hgcs_domain::search;

use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::PublicErrors;
use crate::state::AppState;

/// At most this many items on the public page.
pub const PUBLIC_LIMIT: i64 = 100;

/// Published library items, for anyone, without signing in: with `q`,
/// those matching every word (accents optional), best first and marked
/// where they match; otherwise the latest published first. Drafts and
/// withdrawn items are never shown.
#[utoipa::path(
    tag = "library",
    params(PublicLibraryQuery),
    responses((status = 200, description = "Published items", body = [PublicItem]), PublicErrors)
)]
#[get("/public/library")]
pub async fn public_items(
    state: web::Data<AppState>,
    query: Query<PublicLibraryQuery>,
) -> Result<web::Json<Vec<PublicItem>>, ApiError> {
    let query = query.into_inner();
    let terms = search::query_terms(query.q.as_deref())?;
    let items = db::run(&state.pool, move |conn| {
        let tsquery = search::ts_query(&terms);
        let rows = library::published(conn, tsquery.as_deref(), query.kind, PUBLIC_LIMIT)?
            .into_iter()
            .map(|found| found.item)
            .collect();
        Ok(views::library::public_items(conn, rows, &terms)?)
    })
    .await?;
    Ok(web::Json(items))
}
