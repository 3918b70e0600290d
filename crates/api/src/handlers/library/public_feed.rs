use actix_web::{HttpRequest, HttpResponse, get, web};
use hgcs_db::models::library;
use hgcs_db::views;
use hgcs_domain::api::library::{PublicItem, PublicLibraryQuery};
use hgcs_domain::search;

use crate::db;
use crate::documents::feed;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::PublicErrors;
use crate::state::AppState;

/// The latest published items as an Atom feed, for the city's portal and
/// radio station: the same items, filters and order as the public page,
/// at most 50. Withdrawn items leave the feed.
#[utoipa::path(
    tag = "library",
    params(PublicLibraryQuery),
    responses(
        (status = 200, description = "An Atom 1.0 feed", content_type = "application/atom+xml", body = String),
        PublicErrors
    )
)]
#[get("/public/library/feed")]
pub async fn public_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: Query<PublicLibraryQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let terms = search::query_terms(query.q.as_deref())?;
    let items: Vec<PublicItem> = db::run(&state.pool, move |conn| {
        let tsquery = search::ts_query(&terms);
        let rows = library::published(conn, tsquery.as_deref(), query.kind, feed::ENTRIES)?
            .into_iter()
            .map(|found| found.item)
            .collect();
        Ok(views::library::public_items(conn, rows, &terms)?)
    })
    .await?;
    let info = req.connection_info();
    let site = format!("{}://{}", info.scheme(), info.host());
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(feed::library(&site, &items)))
}
