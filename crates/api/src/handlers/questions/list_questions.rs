use actix_web::{get, web};
use chrono::{DateTime, Utc};
use hgcs_db::models::{question, unit};
use hgcs_db::views;
use hgcs_domain::api::questions::{QuestionPage, QuestionQuery};
use hgcs_domain::text::search_key;
use hgcs_domain::validation::PageLimit;

use crate::access::questions_root;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::paging;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Questions of the caller's city, newest first, a page at a time (keyset
/// on the moment asked and id); `q` finds words in the title, facts or
/// answers whatever their accents.
#[utoipa::path(
    tag = "mediation",
    params(QuestionQuery),
    responses((status = 200, description = "A page of questions", body = QuestionPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/questions")]
pub async fn list_questions(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<QuestionQuery>,
) -> Result<web::Json<QuestionPage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let after = paging::after::<DateTime<Utc>>(query.cursor.as_deref())?;
    let page = db::run(&state.pool, move |conn| {
        let root = questions_root(conn, &caller.actor)?;
        let scope = unit::scope(conn, root)?;
        let key = query.q.as_deref().map(search_key).filter(|k| !k.is_empty());
        let rows = question::list(conn, &query, scope, key.as_deref(), after, limit.fetch())?;
        let (rows, more) = limit.page(rows);
        let last = rows.last().map(|row| (row.created_at, row.id));
        Ok(QuestionPage {
            items: views::questions::questions(conn, &caller.actor, rows)?,
            next_cursor: paging::next(more, last),
        })
    })
    .await?;
    Ok(web::Json(page))
}
