use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::CourseId;
use hgcs_domain::api::trainings::Invitee;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The mediators the course invited, by name, with their minutes present
/// over every session and whether these earn the certificate.
#[utoipa::path(
    tag = "trainings",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "Everyone the course invited", body = [Invitee]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/courses/{id}/invitations")]
pub async fn list_invitees(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<CourseId>,
) -> Result<web::Json<Vec<Invitee>>, ApiError> {
    let id = id.into_inner();
    let invitees = db::run(&state.pool, move |conn| {
        let course = access::readable_course(conn, &caller.actor, id)?;
        Ok(views::courses::invitees(conn, &course.row)?)
    })
    .await?;
    Ok(web::Json(invitees))
}
