use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, session, user};
use hgcs_domain::api::users::PasswordReset;
use hgcs_domain::validation::Checker;
use hgcs_domain::{UnitId, UserId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::AdminUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Sets a new password for an account and ends its sessions.
#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "User id")),
    request_body = PasswordReset,
    responses((status = 204, description = "Password set"), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/users/{id}/password")]
pub async fn reset_password(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    id: web::Path<UserId>,
    body: JsonBody<PasswordReset>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    if admin.user_id() == Some(id) {
        // One's own password changes only with the current one
        // (`POST /me/password`), so a stolen session cannot take the account.
        return Err(ApiError::Conflict(Text::new(
            "Đổi mật khẩu của chính mình tại «Tài khoản», với mật khẩu hiện tại",
            "Change your own password under \"My account\", with the current password",
        )));
    }
    let password = body.into_inner().password;
    let target = db::run(&state.pool, move |conn| Ok(user::find(conn, id)?)).await?;
    let mut check = Checker::new();
    check.password("password", &password, &target.username);
    check.finish()?;
    let passwords = state.passwords.clone();
    let hash = web::block(move || passwords.hash(&password))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    db::transaction(&state.pool, move |conn| {
        user::set_password_hash(conn, id, &hash)?;
        session::revoke_all(conn, id)?;
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::UPDATE,
                entity: "user",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(target.unit_id)),
                details: json!({ "password_reset": true }),
            }),
        )?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
