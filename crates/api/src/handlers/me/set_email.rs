use actix_web::{put, web};
use hgcs_db::models::{audit, user};
use hgcs_db::views;
use hgcs_domain::UnitId;
use hgcs_domain::api::auth::{EmailInput, Me};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Sets the address the caller's daily digest is e-mailed to (when the
/// server has an SMTP server), or with `null` stops the e-mails; the
/// digest stays on the dashboard either way.
#[utoipa::path(
    tag = "me",
    request_body = EmailInput,
    responses((status = 200, description = "Saved", body = Me), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/me/email")]
pub async fn set_email(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<EmailInput>,
) -> Result<web::Json<Me>, ApiError> {
    let email = body.into_inner().validate()?;
    let me = db::transaction(&state.pool, move |conn| {
        let row = user::set_email(conn, caller.id, email.as_deref())?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "user_email",
                entity_id: caller.id.0.to_string(),
                unit_id: Some(UnitId(caller.actor.unit_id.0)),
                details: json!({ "email": email.is_some() }),
            }),
        )?;
        Ok(views::users::me(conn, row)?)
    })
    .await?;
    Ok(web::Json(me))
}
