use actix_web::{get, web};
use hgcs_domain::api::records::ImportPreview;

use super::{own_import, preview_of};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// The preview, and once committed how far writing has come.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Import id")),
    responses((status = 200, description = "The import", body = ImportPreview), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/imports/{id}")]
pub async fn get_import(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<ImportPreview>, ApiError> {
    let id = id.into_inner();
    let preview = db::run(&state.pool, move |conn| {
        preview_of(own_import(conn, &caller.actor, id)?)
    })
    .await?;
    Ok(web::Json(preview))
}
