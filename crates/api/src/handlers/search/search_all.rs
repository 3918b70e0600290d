use actix_web::{get, web};
use hgcs_db::models::library::{self, Filter};
use hgcs_db::models::{course, question};
use hgcs_db::views;
use hgcs_domain::api::search::{SearchHit, SearchQuery};
use hgcs_domain::search::{query_terms, ts_query};
use hgcs_domain::validation::{Checker, Rule};

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 50;

/// Library items, questions and courses the caller may read that hold
/// every word of `q` (accents and tone-mark placement ignored, "đ" read as
/// "d", the last word a prefix), best first, their title and an excerpt
/// marked where they match.
#[utoipa::path(
    tag = "library",
    params(SearchQuery),
    responses((status = 200, description = "Hits, best first", body = [SearchHit]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/search")]
pub async fn search_all(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<SearchQuery>,
) -> Result<web::Json<Vec<SearchHit>>, ApiError> {
    let query = query.into_inner();
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    let mut check = Checker::new();
    check.unless(
        (1..=MAX_LIMIT).contains(&limit),
        "limit",
        Rule::Range {
            min: 1,
            max: MAX_LIMIT,
        },
    );
    check.unless(!query.q.is_empty(), "q", Rule::Required);
    check.finish()?;
    let terms = query_terms(Some(&query.q))?;
    let Some(tsquery) = ts_query(&terms) else {
        return Ok(web::Json(Vec::new()));
    };
    let hits = db::run(&state.pool, move |conn| {
        let scope = access::search_scope(conn, &caller.actor)?;
        let filter = Filter {
            query: Some(tsquery.clone()),
            ..Filter::default()
        };
        let items = library::list(conn, scope.drafts.as_deref(), &filter, limit)?;
        let questions = question::search(conn, &scope.questions, &tsquery, limit)?;
        let (units, meant_for) = &scope.courses;
        let courses = course::search(conn, units, meant_for, &tsquery, limit)?;
        let limit = usize::try_from(limit).unwrap_or(0);
        Ok(views::search::hits(
            &items, &questions, &courses, &terms, limit,
        ))
    })
    .await?;
    Ok(web::Json(hits))
}
