use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, session, user};
use hgcs_domain::UnitId;
use hgcs_domain::api::auth::ChangePasswordRequest;
use hgcs_domain::validation::{Checker, Rule};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::{CurrentUser, throttle};
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{Throttled, WriteErrors};
use crate::state::AppState;

/// Changes the caller's own password. Every session of the account ends;
/// the caller signs in again. A wrong current password counts as a failed
/// sign-in and is throttled the same way (429 with `Retry-After`).
#[utoipa::path(
    tag = "me",
    request_body = ChangePasswordRequest,
    responses((status = 204, description = "Changed"), WriteErrors, Throttled),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/me/password")]
pub async fn change_password(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<ChangePasswordRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = caller.id;
    let request = body.into_inner();
    let mut check = Checker::new();
    check.password("new_password", &request.new_password, &caller.name);
    check.finish()?;

    let (name, address, settings) = (
        caller.name.clone(),
        caller.address.clone(),
        state.auth.clone(),
    );
    let (row, reservation) = db::transaction(&state.pool, move |conn| {
        let reservation = throttle::reserve(conn, &settings, &name, &address, false)?;
        Ok((user::find(conn, id)?, reservation))
    })
    .await?;
    throttle::wait(&reservation).await;
    let passwords = state.passwords.clone();
    let (current, new) = (request.current_password, request.new_password);
    let hash = web::block(move || {
        if passwords.verify(&current, Some(&row.password_hash)) {
            passwords.hash(&new).map(Some)
        } else {
            Ok(None)
        }
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))??
    .ok_or_else(|| ApiError::invalid("current_password", Rule::WrongPassword))?;

    db::transaction(&state.pool, move |conn| {
        throttle::settle(conn, reservation)?;
        let row = user::set_password_hash(conn, id, &hash)?;
        session::revoke_all(conn, id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "user",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "password_changed": true }),
            }),
        )?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
