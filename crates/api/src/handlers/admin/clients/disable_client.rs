use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{api_client, audit};
use hgcs_domain::api::users::ApiClient;
use hgcs_domain::{ApiClientId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::IfMatch;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Disables a machine client; its tokens stop working at once.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "Client id"), IfMatchOptional, IdempotencyKey),
    responses((status = 200, description = "Disabled", body = ApiClient), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/clients/{id}/disable")]
pub async fn disable_client(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    id: web::Path<ApiClientId>,
    if_match: IfMatch,
) -> Result<web::Json<ApiClient>, ApiError> {
    let id = id.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        if_match.claim(conn, Versioned::ApiClient, id.0)?;
        let row = api_client::set_disabled(conn, id, true)?;
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::UPDATE,
                entity: "api_client",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "disabled": true }),
            }),
        )?;
        let last = api_client::last_call(conn, ApiClientId(row.id))?;
        Ok(row.into_dto(last)?)
    })
    .await?;
    Ok(web::Json(updated))
}
