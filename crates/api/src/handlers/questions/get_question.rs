use crate::access::readable_question;
use actix_web::{HttpResponse, get, web};
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::api::questions::Question;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Question id")),
    responses(
        (status = 200, description = "The thread", body = Question,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/questions/{id}")]
pub async fn get_question(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (found, version) = db::run(&state.pool, move |conn| {
        let (row, _) = readable_question(conn, &caller.actor, id)?;
        Ok((
            views::questions::question(conn, &caller.actor, row)?,
            version::current(conn, Versioned::Question, id)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(found))
}
