use crate::access::question_units;
use actix_web::{get, web};
use hgcs_db::models::question;
use hgcs_db::views;
use hgcs_domain::api::questions::{Question, QuestionQuery};
use hgcs_domain::text::search_key;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Questions of the caller's city, newest first; `q` finds words in the
/// title, facts or answers whatever their accents.
#[utoipa::path(
    tag = "mediation",
    params(QuestionQuery),
    responses((status = 200, description = "Questions", body = [Question]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/questions")]
pub async fn list_questions(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: web::Query<QuestionQuery>,
) -> Result<web::Json<Vec<Question>>, ApiError> {
    let query = query.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let units = question_units(conn, &caller.actor)?;
        let key = query.q.as_deref().map(search_key).filter(|k| !k.is_empty());
        let rows = question::list(conn, &query, &units, key.as_deref())?;
        Ok(views::questions::questions(conn, &caller.actor, rows)?)
    })
    .await?;
    Ok(web::Json(found))
}
