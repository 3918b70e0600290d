use crate::access::readable_question;
use crate::preconditions::IfMatch;
use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, question};
use hgcs_db::views;
use hgcs_domain::UnitId;
use hgcs_domain::api::questions::Question;
use hgcs_domain::mediation::QuestionStatus;
use hgcs_domain::policy;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Closes a question; it stays readable and searchable as guidance.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Question id"), IfMatchOptional, IdempotencyKey),
    responses((status = 200, description = "Closed", body = Question), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/questions/{id}/close")]
pub async fn close_question(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> Result<web::Json<Question>, ApiError> {
    let id = id.into_inner();
    let closed = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_question(conn, &caller.actor, id)?;
        if !policy::can_close_question(&caller.actor, UnitId(row.unit_id), reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Question, id)?;
        question::close(conn, id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "question",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "status": QuestionStatus::Closed }),
            }),
        )?;
        let row = question::find(conn, id)?;
        Ok(views::questions::question(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(web::Json(closed))
}
