use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskDetail;
use hgcs_domain::time::today;

use crate::access::readable_task;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The task page: the task, its plan, its reports with evidence.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id")),
    responses((status = 200, description = "The task with its reports", body = TaskDetail), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/tasks/{id}")]
pub async fn get_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TaskId>,
) -> Result<web::Json<TaskDetail>, ApiError> {
    let id = id.into_inner();
    let detail = db::run(&state.pool, move |conn| {
        let (task, plan, _) = readable_task(conn, &caller.actor, id)?;
        Ok(views::tasks::detail(
            conn,
            &caller.actor,
            task,
            &plan,
            today(),
        )?)
    })
    .await?;
    Ok(web::Json(detail))
}
