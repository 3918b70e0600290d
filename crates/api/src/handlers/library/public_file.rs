use actix_web::{HttpRequest, HttpResponse, get, web};
use hgcs_db::models::library;
use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::LibraryState;

use crate::db;
use crate::error::ApiError;
use crate::responses::StoredFile;
use crate::state::AppState;

/// A file of a published library item, for anyone; a draft's or a
/// withdrawn item's file answers 404.
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "File id")),
    responses(StoredFile)
)]
#[get("/public/library-files/{id}")]
pub async fn public_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let file = db::run(&state.pool, move |conn| {
        let file = library::find_file(conn, id)?;
        let item = library::find(conn, LibraryItemId(file.item_id))?;
        if item.state()? != LibraryState::Published {
            return Err(ApiError::NotFound);
        }
        Ok(file)
    })
    .await?;
    state
        .files
        .download(&req, &file.sha256, &file.file_name, &file.content_type)
        .await
}
