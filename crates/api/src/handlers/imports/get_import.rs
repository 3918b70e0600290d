use crate::access::own_import;
use actix_web::{HttpResponse, get, web};
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::api::imports::ImportPreview;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The preview, and once committed how far writing has come.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Import id")),
    responses(
        (status = 200, description = "The import", body = ImportPreview,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/imports/{id}")]
pub async fn get_import(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (preview, version) = db::run(&state.pool, move |conn| {
        Ok((
            views::imports::preview(own_import(conn, &caller.actor, id)?)?,
            version::current(conn, Versioned::Import, id)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(version))
        .json(preview))
}
