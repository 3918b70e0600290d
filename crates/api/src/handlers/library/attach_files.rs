use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, library};
use hgcs_db::views;
use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::LibraryItem;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::files::Incoming;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;
use crate::upload_form::{FilesForm, receive_files};

/// Attaches files (parts named `files`: PDF, DOCX, XLSX, PNG or JPEG) to
/// a library item the caller publishes.
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "Library item id"), IdempotencyKey),
    request_body(content = FilesForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "Attached", body = LibraryItem), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/library/{id}/files")]
pub async fn attach_files(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<LibraryItemId>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = caller.actor;
    db::run(&state.pool, move |conn| {
        let (_, manage) = access::readable_item(conn, &actor, id)?;
        if !manage {
            return Err(ApiError::Forbidden);
        }
        Ok(())
    })
    .await?;
    let files = receive_files(&state.files, form).await?;
    let store = state.files.clone();
    let kept = files.clone();
    let outcome = db::transaction(&state.pool, move |conn| {
        for file in &kept {
            let size = i64::try_from(file.size).unwrap_or(i64::MAX);
            library::add_file(
                conn,
                id,
                (&file.file_name, &file.content_type, size, &file.sha256),
                caller.id,
            )?;
        }
        let row = library::find(conn, id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "library_file",
                entity_id: id.to_string(),
                unit_id: Some(hgcs_domain::UnitId(row.unit_id)),
                details: json!({ "files": kept.iter().map(|f| &f.file_name).collect::<Vec<_>>() }),
            }),
        )?;
        for file in &kept {
            store.keep(file)?;
        }
        Ok(views::library::item(conn, row, true)?)
    })
    .await;
    files.iter().for_each(Incoming::discard);
    Ok(HttpResponse::Created().json(outcome?))
}
