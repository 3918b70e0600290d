use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::api::trainings::{Course, CourseQuery};

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Courses organised in the caller's units and those meant for them,
/// newest first (at most 500: a city holds a few dozen a year).
#[utoipa::path(
    tag = "trainings",
    params(CourseQuery),
    responses((status = 200, description = "Courses", body = [Course]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/courses")]
pub async fn list_courses(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<CourseQuery>,
) -> Result<web::Json<Vec<Course>>, ApiError> {
    let query = query.into_inner();
    let courses = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let tasks = query.task_id.map(|t| [t.0]);
        let (rows, managed) = access::listed_courses(
            conn,
            &caller.actor,
            root,
            tasks.as_ref().map(|t| &t[..]),
            query.year,
        )?;
        Ok(views::courses::courses(conn, rows, &managed)?)
    })
    .await?;
    Ok(web::Json(courses))
}
