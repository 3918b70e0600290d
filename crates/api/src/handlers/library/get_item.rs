use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::LibraryItem;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A library item: published ones for everyone signed in, drafts and
/// withdrawn ones for those who publish them.
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "Library item id")),
    responses(
        (status = 200, description = "The item", body = LibraryItem,
            headers(("ETag" = String, description = "The item's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/library/{id}")]
pub async fn get_item(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<LibraryItemId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (row, manage) = access::readable_item(conn, &caller.actor, id)?;
        Ok(views::library::item(conn, row, manage)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.version))
        .json(found))
}
