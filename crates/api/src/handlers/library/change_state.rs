use actix_web::{HttpResponse, post, web};
use chrono::Utc;
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, library};
use hgcs_db::views;
use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::{LibraryItem, StateChange};
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Publishes an item (it appears to every ward, on the public page and in
/// the feed) or withdraws a published one (it leaves all three and stays
/// for its publisher, who may publish it again). Asking for the state it
/// is in changes nothing; a draft cannot be withdrawn, nor anything made a
/// draft again (422).
#[utoipa::path(
    tag = "library",
    params(("id" = i64, Path, description = "Library item id"), IfMatchOptional),
    request_body = StateChange,
    responses(
        (status = 200, description = "In the state asked for", body = LibraryItem,
            headers(("ETag" = String, description = "The item's new version"))),
        WriteErrors,
        StaleErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/library/{id}/state")]
pub async fn change_state(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<LibraryItemId>,
    if_match: IfMatch,
    body: JsonBody<StateChange>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let wanted = body.into_inner().state;
    let item = db::transaction(&state.pool, move |conn| {
        let (_, manage) = access::readable_item(conn, &caller.actor, id)?;
        if !manage {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::LibraryItem, id.0)?;
        let row = library::find(conn, id)?;
        let current = row.state()?;
        if current == wanted {
            return Ok(views::library::item(conn, row, true)?);
        }
        if !current.may_become(wanted) {
            return Err(ApiError::invalid("state", Rule::WrongState));
        }
        let published_at = row.published_at.or(Some(Utc::now()));
        let row = library::set_state(conn, id, wanted, published_at)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "library_item",
                entity_id: id.to_string(),
                unit_id: Some(hgcs_domain::UnitId(row.unit_id)),
                details: json!({ "state": wanted.as_str() }),
            }),
        )?;
        Ok(views::library::item(conn, row, true)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(item.version))
        .json(item))
}
