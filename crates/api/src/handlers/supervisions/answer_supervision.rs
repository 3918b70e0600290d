use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::supervision;
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_domain::api::questions::AnswerInput;
use hgcs_domain::api::supervisions::Supervision;
use hgcs_domain::policy;
use hgcs_domain::{SupervisionId, UnitId};
use serde_json::json;

use crate::access::readable_supervision;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::IfMatch;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The ward (for its work and teams) or the Justice Office answers a
/// supervision: what was done about the findings. A later answer adds to
/// the thread.
#[utoipa::path(
    tag = "supervision",
    params(("id" = i64, Path, description = "Supervision id"), IfMatchOptional, IdempotencyKey),
    request_body = AnswerInput,
    responses((status = 201, description = "Answered", body = Supervision), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/supervisions/{id}/answers")]
pub async fn answer_supervision(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<SupervisionId>,
    if_match: IfMatch,
    body: JsonBody<AnswerInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let answer = body.validate()?.body;
    let updated = db::transaction(&state.pool, move |conn| {
        let (found, reach) = readable_supervision(conn, &caller.actor, id)?;
        if !policy::can_answer_supervision(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Supervision, id.0)?;
        supervision::answer(conn, id, &answer, caller.id.0)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "supervision_answer",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(found.row.unit_id)),
                details: json!({}),
            }),
        )?;
        let row = supervision::find(conn, id)?;
        Ok(views::supervisions::supervision(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(updated))
}
