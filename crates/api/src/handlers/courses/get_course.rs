use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::CourseId;
use hgcs_domain::api::trainings::Course;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A course with its sessions, audience and the number invited.
#[utoipa::path(
    tag = "trainings",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course", body = Course), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/courses/{id}")]
pub async fn get_course(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<CourseId>,
) -> Result<web::Json<Course>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let course = access::readable_course(conn, &caller.actor, id)?;
        Ok(views::courses::course(conn, course.row, course.manages)?)
    })
    .await?;
    Ok(web::Json(found))
}
