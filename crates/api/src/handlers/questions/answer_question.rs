use crate::access::readable_question;
use crate::preconditions::IfMatch;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, question};
use hgcs_db::views;
use hgcs_domain::UnitId;
use hgcs_domain::api::questions::{AnswerInput, Question};
use hgcs_domain::mediation::QuestionStatus;
use hgcs_domain::policy;
use hgcs_domain::text::search_key;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The Justice Office or a legal partner answers an open question.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Question id"), IfMatchOptional, IdempotencyKey),
    request_body = AnswerInput,
    responses((status = 201, description = "Answered", body = Question), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/questions/{id}/answers")]
pub async fn answer_question(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
    body: JsonBody<AnswerInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let user = caller.id;
    let answer = body.validate()?.body;
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_question(conn, &caller.actor, id)?;
        if !policy::can_answer_question(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Question, id)?;
        if row.status != QuestionStatus::Open.as_str() {
            return Err(ApiError::Conflict(Text::new(
                "Câu hỏi đã đóng",
                "The question is closed",
            )));
        }
        question::answer(conn, id, &answer, &search_key(&answer), user.0)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "question_answer",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({}),
            }),
        )?;
        let row = question::find(conn, id)?;
        Ok(views::questions::question(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(updated))
}
