use actix_web::{get, web};
use hgcs_db::models::notification;
use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Notification;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// What the caller's unit must act on: flagged cases, teams below the rules.
#[utoipa::path(
    tag = "mediation",
    responses((status = 200, description = "Newest first, at most 100", body = [Notification]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/notifications")]
pub async fn list_notifications(
    caller: Authenticated,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Notification>>, ApiError> {
    let list = db::run(&state.pool, move |conn| {
        Ok(notification::for_unit(conn, caller.actor.unit_id)?
            .into_iter()
            .map(|row| Notification {
                id: row.id,
                kind: row.kind,
                case_id: row.case_id.map(CaseId),
                message: row.message,
                created_at: row.created_at,
            })
            .collect::<Vec<_>>())
    })
    .await?;
    Ok(web::Json(list))
}
