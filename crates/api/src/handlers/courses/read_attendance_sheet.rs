use actix_multipart::Multipart;
use actix_web::{HttpRequest, post, web};
use hgcs_db::views;
use hgcs_domain::api::trainings::AttendanceSheet;
use hgcs_domain::trainings::{session_minutes, sheet};
use hgcs_domain::{CourseId, SessionId};

use crate::access;
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::lang;
use crate::responses::WriteErrors;
use crate::sheet_upload;
use crate::state::AppState;
use crate::upload_form::FileForm;

/// Reads an attendance sheet for a session (part `file`, .xlsx or .csv):
/// one invited mediator per line, by name (with the team where two share
/// a name), a mark ("x", "có mặt", "vắng", "vắng có phép") and, for part
/// of a session, "Số phút" or "Số giờ". Records nothing: the answer is
/// the marks matched and every problem by line; the marks are then sent
/// to the session's attendance. For whoever takes the session's
/// attendance.
#[utoipa::path(
    tag = "trainings",
    params(
        ("id" = i64, Path, description = "Course id"),
        ("session_id" = i64, Path, description = "Session id")
    ),
    request_body(content = FileForm, content_type = "multipart/form-data"),
    responses((status = 200, description = "The sheet as read", body = AttendanceSheet), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/courses/{id}/sessions/{session_id}/attendance/sheet")]
pub async fn read_attendance_sheet(
    caller: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(CourseId, SessionId)>,
    request: HttpRequest,
    form: Multipart,
) -> Result<web::Json<AttendanceSheet>, ApiError> {
    let (id, session_id) = path.into_inner();
    let lang = lang::from_headers(request.headers());
    let actor = caller.actor;
    let (session, invitees) = db::run(&state.pool, move |conn| {
        let (found, session) = access::attendance_taken(conn, &actor, id, session_id)?;
        Ok((session, views::courses::invitees(conn, &found.row)?))
    })
    .await?;
    let (file_name, table) =
        sheet_upload::read_sheet(form, state.files.max_bytes(), "attendance").await?;
    let length = session_minutes(session.starts_at, session.ends_at);
    let (marks, problems) = sheet::read(&table, &invitees, length, lang);
    Ok(web::Json(AttendanceSheet {
        session_id,
        file_name,
        marks,
        problems,
    }))
}
