use crate::access::readable_question;
use actix_web::{HttpRequest, HttpResponse, get, web};
use hgcs_db::models::question;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::StoredFile;
use crate::state::AppState;

/// A file attached to a question the caller may read.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "File id")),
    responses(StoredFile),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/question-files/{id}")]
pub async fn download_question_file(
    req: HttpRequest,
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let file = db::run(&state.pool, move |conn| {
        let file = question::find_file(conn, id)?;
        readable_question(conn, &caller.actor, file.question_id)?;
        Ok(file)
    })
    .await?;
    state
        .files
        .download(&req, &file.sha256, &file.file_name, &file.content_type)
        .await
}
