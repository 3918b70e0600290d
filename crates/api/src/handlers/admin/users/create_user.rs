use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_domain::api::users::{NewUser, User};
use serde_json::json;

use crate::accounts::{check_new_user, insert_user};
use crate::audit::{Change, action};
use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Creates an account. Every field problem is reported at once.
#[utoipa::path(
    tag = "admin",
    params(IdempotencyKey),
    request_body = NewUser,
    responses((status = 201, description = "Created", body = User), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/users")]
pub async fn create_user(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    body: JsonBody<NewUser>,
) -> Result<HttpResponse, ApiError> {
    let new = body.into_inner();
    let password = new.password.clone();
    let checked = db::run(&state.pool, move |conn| check_new_user(conn, &new)).await?;
    let passwords = state.passwords.clone();
    let hash = web::block(move || passwords.hash(&password))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    let created = db::transaction(&state.pool, move |conn| {
        let row = insert_user(conn, &checked, &hash)?;
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::CREATE,
                entity: "user",
                entity_id: row.id.to_string(),
                unit_id: Some(checked.unit_id),
                details: json!({
                    "username": checked.username,
                    "role": checked.role,
                    "unit_id": checked.unit_id,
                }),
            }),
        )?;
        Ok(row.into_dto()?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
