use actix_web::{HttpResponse, get, web};
use hgcs_db::models::unit;
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskDetail;
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::time::today;

use crate::access::{listed_courses, listed_runs, readable_task};
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
        let actor = &caller.actor;
        // A ward's copy of a city task also shows the city's courses for it.
        let tasks: Vec<i64> = std::iter::once(task.id)
            .chain(task.origin_task_id)
            .collect();
        let (rows, managed) = listed_courses(conn, actor, actor.unit_id, Some(&tasks), None)?;
        let level = unit::level_of(conn, actor.unit_id)?;
        let can_open = policy::can_manage_course(actor, Reach::Within, level);
        let trainings = views::courses::task_trainings(conn, rows, &managed, can_open)?;
        let (runs, _) = listed_runs(conn, actor, Some(&tasks))?;
        let materials = views::materials::task_materials(conn, &runs)?;
        let mut detail =
            views::tasks::detail(conn, actor, task, &plan, trainings, materials, today())?;
        detail.library = views::library::task_library(conn, &tasks)?;
        Ok((detail, version::current(conn, Versioned::Task, id.0)?))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(detail))
}
