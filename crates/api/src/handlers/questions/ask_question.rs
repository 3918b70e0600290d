use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, question};
use hgcs_db::views;
use hgcs_domain::api::questions::{Question, QuestionInput};
use hgcs_domain::policy;
use hgcs_domain::text::search_key;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A ward asks about a difficult case, in anonymised words.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body = QuestionInput,
    responses((status = 201, description = "Asked", body = Question), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/questions")]
pub async fn ask_question(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<QuestionInput>,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_ask_question(&caller.actor) {
        return Err(ApiError::Forbidden);
    }
    let user = caller.id;
    let input = body.validate()?;
    let title = input.title.clone();
    let facts = input.facts.clone();
    let created = db::transaction(&state.pool, move |conn| {
        let key = search_key(&format!("{title} {facts}"));
        let row = question::insert(conn, caller.actor.unit_id, &title, &facts, &key, user.0)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "question",
                entity_id: row.id.to_string(),
                unit_id: Some(caller.actor.unit_id),
                details: json!({ "title": title }),
            }),
        )?;
        Ok(views::questions::question(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
