use actix_web::{HttpRequest, HttpResponse, get, web};
use hgcs_db::models::library;
use hgcs_domain::LibraryItemId;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::StoredFile;
use crate::state::AppState;

/// A file of a library item the caller may read (drafts included, for
/// their publisher).
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "File id")),
    responses(StoredFile),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/library-files/{id}")]
pub async fn download_file(
    req: HttpRequest,
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let file = db::run(&state.pool, move |conn| {
        let file = library::find_file(conn, id)?;
        access::readable_item(conn, &caller.actor, LibraryItemId(file.item_id))?;
        Ok(file)
    })
    .await?;
    state
        .files
        .download(&req, &file.sha256, &file.file_name, &file.content_type)
        .await
}
