//! The public library page, `/thu-vien`: published items for anyone,
//! without signing in or running the web app, so it opens at once on a
//! phone. Rendered on the server by `askama`, whose templates escape
//! every value; a plain GET form searches, accents optional.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use actix_web::{HttpResponse, web};
use askama::Template;
use hgcs_db::models::library;
use hgcs_db::views;
use hgcs_domain::api::library::{LibraryKind, PublicItem};
use hgcs_domain::search::{query_terms, ts_query};
use hgcs_domain::text::thousands;
use hgcs_domain::{Lang, search};
use serde::Deserialize;

use crate::db;
use crate::documents::feed::PUBLIC_PAGE;
use crate::error::ApiError;
use crate::query::Query;
use crate::state::AppState;

/// At most this many items on the page.
const PAGE_ITEMS: i64 = 100;

const STYLE: &str = include_str!("../templates/public_library.css");

#[derive(Template)]
#[template(path = "public_library.html")]
struct Page {
    q: String,
    kinds: Vec<(&'static str, &'static str, bool)>,
    items: Vec<PublicItem>,
    feed: String,
    problem: Option<String>,
}

impl Page {
    fn kind_label(&self, item: &PublicItem) -> &'static str {
        item.kind.label(Lang::Vi)
    }

    fn meta(&self, item: &PublicItem) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !item.number.is_empty() {
            parts.push(format!("Số {}", item.number));
        }
        if !item.issuer.is_empty() {
            parts.push(item.issuer.clone());
        }
        if let Some(day) = item.issued_on {
            parts.push(format!("ban hành {}", day.format("%d/%m/%Y")));
        }
        parts.push(format!("{} công bố", item.publisher));
        parts.join(" · ")
    }

    fn size(&self, bytes: &i64) -> String {
        format!("{} KB", thousands((*bytes + 1023) / 1024))
    }
}

/// The page's query: what a search form sends. Anything unknown is
/// ignored, as a page would.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
}

pub async fn page(
    state: web::Data<AppState>,
    query: Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let PageQuery { q, kind } = query.into_inner();
    let kind = LibraryKind::parse(&kind);
    let (terms, problem) = match query_terms(Some(&q)) {
        Ok(terms) => (terms, None),
        Err(_) => (
            Vec::new(),
            Some(format!(
                "Từ khóa dài quá {} ký tự; đã bỏ qua.",
                search::MAX_QUERY
            )),
        ),
    };
    let found = terms.clone();
    let items = db::run(&state.pool, move |conn| {
        let tsquery = ts_query(&found);
        let rows = library::published(conn, tsquery.as_deref(), kind, PAGE_ITEMS)?
            .into_iter()
            .map(|r| r.item)
            .collect();
        Ok(views::library::public_items(conn, rows, &found)?)
    })
    .await?;
    let feed = format!(
        "/api/v1/public/library/feed{}",
        if q.trim().is_empty() || problem.is_some() {
            String::new()
        } else {
            format!(
                "?{}",
                form_urlencoded::Serializer::new(String::new())
                    .append_pair("q", q.trim())
                    .finish()
            )
        }
    );
    let page = Page {
        q: if problem.is_some() {
            String::new()
        } else {
            q.trim().to_owned()
        },
        kinds: LibraryKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label(Lang::Vi), Some(*k) == kind))
            .collect(),
        items,
        feed,
        problem,
    };
    let html = page
        .render()
        .map_err(|e| ApiError::Internal(format!("public page: {e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "no-cache"))
        .body(html))
}

pub async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLE)
}

/// Registers the page and its stylesheet.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(PUBLIC_PAGE, web::get().to(page))
        .route(&format!("{PUBLIC_PAGE}/style.css"), web::get().to(style));
}
