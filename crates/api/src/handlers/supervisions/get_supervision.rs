use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::SupervisionId;
use hgcs_domain::api::supervisions::Supervision;

use crate::access::readable_supervision;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A supervision with its answers.
#[utoipa::path(
    tag = "supervision",
    params(("id" = i64, Path, description = "Supervision id")),
    responses(
        (status = 200, description = "The supervision", body = Supervision,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/supervisions/{id}")]
pub async fn get_supervision(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<SupervisionId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (row, _) = readable_supervision(conn, &caller.actor, id)?;
        Ok(views::supervisions::supervision(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.version))
        .json(found))
}
