use actix_web::{HttpResponse, get, web};
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskDetail;
use hgcs_domain::time::today;

use crate::access::readable_task;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The task page: the task, its plan, its reports with evidence.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id")),
    responses(
        (status = 200, description = "The task with its reports", body = TaskDetail,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/tasks/{id}")]
pub async fn get_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (detail, version) = db::run(&state.pool, move |conn| {
        let (task, plan, _) = readable_task(conn, &caller.actor, id)?;
        Ok((
            views::tasks::detail(conn, &caller.actor, task, &plan, today())?,
            version::current(conn, Versioned::Task, id.0)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(detail))
}
