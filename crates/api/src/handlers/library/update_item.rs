use actix_web::{HttpResponse, put, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, library};
use hgcs_db::views;
use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::{LibraryItem, LibraryItemInput};
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Rewrites a library item, in any state: a published item changes on
/// the public page and in the feed at once. Its city stays.
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "Library item id"), IfMatchRequired),
    request_body = LibraryItemInput,
    responses(
        (status = 200, description = "Written", body = LibraryItem,
            headers(("ETag" = String, description = "The item's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/library/{id}")]
pub async fn update_item(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<LibraryItemId>,
    if_match: IfMatch,
    body: JsonBody<LibraryItemInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, manage) = access::readable_item(conn, &caller.actor, id)?;
        if !manage {
            return Err(ApiError::Forbidden);
        }
        if input.unit_id.0 != row.unit_id {
            return Err(ApiError::invalid("unit_id", Rule::WrongState));
        }
        let item = access::checked_item(conn, &caller.actor, &input)?;
        if_match
            .required()?
            .claim(conn, Versioned::LibraryItem, id.0)?;
        let row = library::update(conn, id, &item)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "library_item",
                entity_id: id.to_string(),
                unit_id: Some(item.unit_id),
                details: json!({ "title": row.title }),
            }),
        )?;
        Ok(views::library::item(conn, row, true)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(updated.version))
        .json(updated))
}
