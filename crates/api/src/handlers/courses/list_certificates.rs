use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::CourseId;
use hgcs_domain::api::trainings::Certificate;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Who received a certificate of the course, by number.
#[utoipa::path(
    tag = "trainings",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course's certificates", body = [Certificate]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/courses/{id}/certificates")]
pub async fn list_certificates(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<CourseId>,
) -> Result<web::Json<Vec<Certificate>>, ApiError> {
    let id = id.into_inner();
    let list = db::run(&state.pool, move |conn| {
        access::readable_course(conn, &caller.actor, id)?;
        Ok(views::courses::certificates(conn, id)?)
    })
    .await?;
    Ok(web::Json(list))
}
