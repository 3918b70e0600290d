use crate::access::own_import;
use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::api::imports::ImportPreview;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
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
        Ok(views::imports::preview(own_import(
            conn,
            &caller.actor,
            id,
        )?)?)
    })
    .await?;
    Ok(web::Json(preview))
}
