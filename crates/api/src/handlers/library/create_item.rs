use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, library};
use hgcs_db::views;
use hgcs_domain::api::library::{LibraryItem, LibraryItemInput};
use hgcs_domain::policy;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::etag;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Writes a library item as a draft: the Justice Office or a city
/// department, for its city. Nobody else sees it until it is published.
#[utoipa::path(
    tag = "library",
    params(IdempotencyKey),
    request_body = LibraryItemInput,
    responses((status = 201, description = "Created as a draft", body = LibraryItem), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/library")]
pub async fn create_item(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<LibraryItemInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let level = access::referenced_unit(conn, input.unit_id, "unit_id")?.level()?;
        let reach = access::reach(conn, &caller.actor, input.unit_id)?;
        if !policy::can_publish_library(&caller.actor, reach, level) {
            return Err(ApiError::Forbidden);
        }
        let item = access::checked_item(conn, &caller.actor, &input)?;
        let row = library::insert(conn, &item, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "library_item",
                entity_id: row.id.to_string(),
                unit_id: Some(item.unit_id),
                details: json!({ "title": row.title, "kind": row.kind }),
            }),
        )?;
        Ok(views::library::item(conn, row, true)?)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(etag(created.version))
        .json(created))
}
