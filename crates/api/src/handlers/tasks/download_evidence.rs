use actix_files::NamedFile;
use actix_web::http::header::{
    Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::{HttpRequest, HttpResponse, Responder, get, web};
use hgcs_db::models::task_update;
use hgcs_domain::{EvidenceId, TaskId};

use super::readable_task;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// An evidence file, for anyone who may read its task's plan.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Evidence id")),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/evidence/{id}")]
pub async fn download_evidence(
    req: HttpRequest,
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = EvidenceId(id.into_inner());
    let evidence = db::run(&state.pool, move |conn| {
        let (evidence, task_id) = task_update::find_evidence(conn, id)?;
        readable_task(conn, &caller.actor, TaskId(task_id))?;
        Ok(evidence)
    })
    .await?;
    let path = state.files.path_of(&evidence.sha256);
    let file = NamedFile::open_async(&path).await.map_err(|error| {
        ApiError::Internal(format!(
            "evidence {} missing at {}: {error}",
            evidence.id,
            path.display()
        ))
    })?;
    let ascii: String = evidence
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(ascii),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: evidence.file_name.into_bytes(),
            }),
        ],
    };
    let mime = evidence
        .content_type
        .parse()
        .unwrap_or(actix_web::mime::APPLICATION_OCTET_STREAM);
    Ok(file
        .set_content_type(mime)
        .set_content_disposition(disposition)
        .respond_to(&req)
        .map_into_boxed_body())
}
