use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, session, user};
use hgcs_domain::api::users::User;
use hgcs_domain::{UnitId, UserId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::{AdminUser, Authenticated};
use crate::db;
use crate::error::{ApiError, Text};
use crate::preconditions::IfMatch;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Disables an account: its sessions end at once and it cannot sign in.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "User id"), IfMatchOptional, IdempotencyKey),
    responses((status = 200, description = "Disabled", body = User), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/users/{id}/disable")]
pub async fn disable_user(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> Result<web::Json<User>, ApiError> {
    set_disabled(admin, state, UserId(id.into_inner()), if_match, true).await
}

/// Enables a disabled account again.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "User id"), IfMatchOptional, IdempotencyKey),
    responses((status = 200, description = "Enabled", body = User), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/users/{id}/enable")]
pub async fn enable_user(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> Result<web::Json<User>, ApiError> {
    set_disabled(admin, state, UserId(id.into_inner()), if_match, false).await
}

async fn set_disabled(
    admin: Authenticated,
    state: web::Data<AppState>,
    id: UserId,
    if_match: IfMatch,
    disabled: bool,
) -> Result<web::Json<User>, ApiError> {
    if disabled && admin.user_id() == Some(id) {
        return Err(ApiError::Conflict(Text::new(
            "Không thể tự khóa tài khoản của mình",
            "You cannot disable your own account",
        )));
    }
    let updated = db::transaction(&state.pool, move |conn| {
        if_match.claim(conn, Versioned::User, id.0)?;
        let row = user::set_disabled(conn, id, disabled)?;
        if disabled {
            session::revoke_all(conn, id)?;
        }
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::UPDATE,
                entity: "user",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "disabled": disabled }),
            }),
        )?;
        Ok(row.into_dto()?)
    })
    .await?;
    Ok(web::Json(updated))
}
