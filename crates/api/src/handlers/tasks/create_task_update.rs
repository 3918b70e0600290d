use crate::access::readable_task;
use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use futures_util::TryStreamExt;
use hgcs_db::models::task_update::{self, NewEvidenceRow, NewUpdateRow};
use hgcs_db::models::{audit, plan_task, task_party};
use hgcs_db::views;
use hgcs_domain::TaskId;
use hgcs_domain::api::plans::{TaskUpdate, TaskUpdateInput};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::edge;
use crate::error::ApiError;
use crate::files::Incoming;

use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;
use crate::upload_form::{MAX_FILES, multipart_error};

const MAX_UPDATE_JSON: usize = 64 * 1024;

/// The parts of the form: `update` (JSON) and `files`.
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart form in the OpenAPI document"
)]
#[serde(deny_unknown_fields)]
pub struct TaskUpdateForm {
    update: TaskUpdateInput,
    #[schema(value_type = Vec<String>, format = Binary)]
    files: Vec<Vec<u8>>,
}

/// Reports progress on a task, with evidence files (PDF, DOCX, XLSX, PNG,
/// JPEG). Either everything is stored or nothing is.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id"), IdempotencyKey),
    request_body(content = TaskUpdateForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "Stored", body = TaskUpdate), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/tasks/{id}/updates")]
pub async fn create_task_update(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = caller.actor;
    db::run(&state.pool, move |conn| {
        let (_, plan, _) = readable_task(conn, &actor, id)?;
        let leads = task_party::lead_organisations(conn, id)?;
        if policy::can_report_on_task(&actor, plan.unit(), &leads) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    })
    .await?;

    let mut files: Vec<Incoming> = Vec::new();
    let received = receive(&state, form, &mut files).await;
    let input = match received.and_then(checked) {
        Ok(input) => input,
        Err(error) => {
            files.iter().for_each(Incoming::discard);
            return Err(error);
        }
    };
    let store = state.files.clone();
    let received = files.clone();
    let outcome = db::transaction(&state.pool, move |conn| {
        let (_, plan, _) = readable_task(conn, &caller.actor, id)?;
        let user = caller.id;
        let update = task_update::insert(
            conn,
            &NewUpdateRow {
                task_id: id.0,
                reported_on: input.reported_on,
                body: input.body.clone(),
                figures: serde_json::to_value(&input.figures).unwrap_or_default(),
                status: input.status.as_str().to_owned(),
                progress: input.progress,
                author_user_id: user.0,
                author_organisation_id: caller.actor.organisation_id.map(|o| o.0),
            },
        )?;
        plan_task::set_progress(conn, id, input.status, input.progress)?;
        let rows: Vec<NewEvidenceRow> = received
            .iter()
            .map(|file| NewEvidenceRow {
                update_id: update.id,
                file_name: file.file_name.clone(),
                content_type: file.content_type.clone(),
                size_bytes: i64::try_from(file.size).unwrap_or(i64::MAX),
                sha256: file.sha256.clone(),
                uploaded_by: user.0,
            })
            .collect();
        task_update::insert_evidence(conn, &rows)?;
        let names: Vec<_> = received
            .iter()
            .map(|file| json!({ "name": file.file_name, "sha256": file.sha256 }))
            .collect();
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "task_update",
                entity_id: update.id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "task_id": id, "status": input.status, "progress": input.progress, "files": names }),
            }),
        )?;
        // Files move into place last: should that fail, the transaction
        // rolls back and the temporary files are removed below.
        for file in &received {
            store.keep(file)?;
        }
        views::tasks::updates(conn, id)?
            .into_iter()
            .find(|u| u.id.0 == update.id)
            .ok_or(ApiError::NotFound)
    })
    .await;
    // Kept files were moved away; this removes only what is left over.
    files.iter().for_each(Incoming::discard);
    Ok(HttpResponse::Created().json(outcome?))
}

async fn receive(
    state: &AppState,
    mut form: Multipart,
    files: &mut Vec<Incoming>,
) -> Result<Option<TaskUpdateInput>, ApiError> {
    let mut input = None;
    while let Some(mut field) = form.try_next().await.map_err(multipart_error)? {
        match field.name().unwrap_or_default() {
            "update" => {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.try_next().await.map_err(multipart_error)? {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() > MAX_UPDATE_JSON {
                        return Err(ApiError::PayloadTooLarge);
                    }
                }
                let found = edge::json(&bytes);
                if !found.is_empty() {
                    return Err(ApiError::Validation(found));
                }
                let parsed: TaskUpdateInput = serde_json::from_slice(&bytes)
                    .map_err(|e| ApiError::InvalidJson(format!("update: {e}")))?;
                input = Some(parsed);
            }
            "files" => {
                if files.len() >= MAX_FILES {
                    return Err(ApiError::invalid(
                        "files",
                        Rule::TooManyFiles { max: MAX_FILES },
                    ));
                }
                files.push(state.files.receive(field).await?);
            }
            other => {
                return Err(ApiError::InvalidJson(format!(
                    "unknown form part `{other}`, expected `update` or `files`"
                )));
            }
        }
    }
    Ok(input)
}

fn checked(input: Option<TaskUpdateInput>) -> Result<TaskUpdateInput, ApiError> {
    let input = input.ok_or_else(|| ApiError::invalid("update", Rule::Required))?;
    Ok(input.validate(today())?)
}
