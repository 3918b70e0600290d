use actix_web::{HttpResponse, get, web};
use hgcs_db::models::course;
use hgcs_domain::{CourseId, MediatorId};

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::DOCX_CONTENT_TYPE;
use crate::documents::certificate::certificate_docx;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A mediator's certificate of the course as a Word file to print and
/// sign (404 when none was issued).
#[utoipa::path(
    tag = "trainings",
    params(
        ("id" = i64, Path, description = "Course id"),
        ("mediator_id" = i64, Path, description = "Mediator id")
    ),
    responses(
        (status = 200, description = "The certificate (DOCX)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/courses/{id}/certificates/{mediator_id}")]
pub async fn download_certificate(
    caller: Authenticated,
    state: web::Data<AppState>,
    path: web::Path<(CourseId, MediatorId)>,
) -> Result<HttpResponse, ApiError> {
    let (id, mediator) = path.into_inner();
    let (bytes, number) = db::run(&state.pool, move |conn| {
        let found = access::readable_course(conn, &caller.actor, id)?;
        let row = course::certificate(conn, id, mediator.0)?;
        Ok((certificate_docx(conn, &found.row, &row)?, row.number))
    })
    .await?;
    Ok(documents::attachment(
        DOCX_CONTENT_TYPE,
        &format!("giay-chung-nhan-{id}-{number:02}.docx"),
        bytes,
    ))
}
