use crate::access::readable_task;
use actix_web::{HttpRequest, HttpResponse, get, web};
use hgcs_db::models::task_update;
use hgcs_domain::{EvidenceId, TaskId};

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::StoredFile;
use crate::state::AppState;

/// An evidence file, for anyone who may read its task's plan.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Evidence id")),
    responses(StoredFile),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/evidence/{id}")]
pub async fn download_evidence(
    req: HttpRequest,
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<EvidenceId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let evidence = db::run(&state.pool, move |conn| {
        let (evidence, task_id) = task_update::find_evidence(conn, id)?;
        readable_task(conn, &caller.actor, TaskId(task_id))?;
        Ok(evidence)
    })
    .await?;
    state
        .files
        .download(
            &req,
            &evidence.sha256,
            &evidence.file_name,
            &evidence.content_type,
        )
        .await
}
