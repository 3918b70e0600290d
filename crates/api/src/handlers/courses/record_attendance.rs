use actix_web::{put, web};
use hgcs_db::models::audit;
use hgcs_db::models::course::{self, NewMark};
use hgcs_db::views;
use hgcs_domain::api::trainings::{AttendanceInput, SessionAttendance};
use hgcs_domain::time::today;
use hgcs_domain::trainings::{counted_minutes, session_minutes};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{CourseId, SessionId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Records attendance of invited mediators at a session held by today:
/// present (the whole session unless fewer minutes are given), absent or
/// excused. A mark given again replaces the earlier one. Taken by the
/// course's organisers and by the session's trainers.
#[utoipa::path(
    tag = "trainings",
    params(
        ("id" = i64, Path, description = "Course id"),
        ("session_id" = i64, Path, description = "Session id")
    ),
    request_body = AttendanceInput,
    responses((status = 200, description = "The session's marks", body = SessionAttendance), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/courses/{id}/sessions/{session_id}/attendance")]
pub async fn record_attendance(
    caller: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(CourseId, SessionId)>,
    body: JsonBody<AttendanceInput>,
) -> Result<web::Json<SessionAttendance>, ApiError> {
    let (id, session_id) = path.into_inner();
    let input = body.into_inner();
    let marks = db::transaction(&state.pool, move |conn| {
        let (found, session) = access::attendance_taken(conn, &caller.actor, id, session_id)?;
        let mut check = Checker::new();
        input.check(&mut check);
        let today = today();
        check.unless(
            session.held_on <= today,
            "marks",
            Rule::DayInFuture { today },
        );
        let ids: Vec<i64> = input.marks.iter().map(|m| m.mediator_id.0).collect();
        let invited = course::invited_among(conn, id, &ids)?;
        for (i, mark) in input.marks.iter().enumerate() {
            check.unless(
                invited.contains(&mark.mediator_id.0),
                &format!("marks[{i}].mediator_id"),
                Rule::NotInvited,
            );
        }
        check.finish()?;
        let length = session_minutes(session.starts_at, session.ends_at);
        let marks: Vec<NewMark> = input
            .marks
            .iter()
            .map(|m| NewMark {
                mediator_id: m.mediator_id.0,
                status: m.status.as_str(),
                minutes: counted_minutes(m.status, m.minutes, length),
            })
            .collect();
        course::record_marks(conn, id, session_id, &marks, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "course_session",
                entity_id: session_id.to_string(),
                unit_id: Some(UnitId(found.row.unit_id)),
                details: json!({ "course_id": id.0, "marks": marks.len() }),
            }),
        )?;
        Ok(views::courses::session_marks(conn, session_id)?)
    })
    .await?;
    Ok(web::Json(marks))
}
