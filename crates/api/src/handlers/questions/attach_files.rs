use crate::access::readable_question;
use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, question};
use hgcs_db::views;
use hgcs_domain::UnitId;
use hgcs_domain::api::questions::Question;
use hgcs_domain::policy;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::files::Incoming;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;
use crate::upload_form::{FilesForm, receive_files};

/// Attaches files (parts named `files`) to the caller's ward's open question.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Question id"), IdempotencyKey),
    request_body(content = FilesForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "Attached", body = Question), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/questions/{id}/files")]
pub async fn attach_files(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = caller.actor;
    db::run(&state.pool, move |conn| {
        let (row, _) = readable_question(conn, &actor, id)?;
        if !policy::can_attach_to_question(&actor, UnitId(row.unit_id)) {
            return Err(ApiError::Forbidden);
        }
        Ok(())
    })
    .await?;
    let files = receive_files(&state.files, form).await?;
    let store = state.files.clone();
    let kept = files.clone();
    let user = caller.id;
    let outcome = db::transaction(&state.pool, move |conn| {
        for file in &kept {
            let size = i64::try_from(file.size).unwrap_or(i64::MAX);
            question::add_file(
                conn,
                id,
                (&file.file_name, &file.content_type, size, &file.sha256),
                user.0,
            )?;
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "question_file",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(caller.actor.unit_id.0)),
                details: json!({ "files": kept.iter().map(|f| &f.file_name).collect::<Vec<_>>() }),
            }),
        )?;
        for file in &kept {
            store.keep(file)?;
        }
        let row = question::find(conn, id)?;
        Ok(views::questions::question(conn, &caller.actor, row)?)
    })
    .await;
    files.iter().for_each(Incoming::discard);
    Ok(HttpResponse::Created().json(outcome?))
}
