use actix_web::{post, web};
use hgcs_db::models::{audit, course};
use hgcs_db::views;
use hgcs_domain::api::trainings::Certificate;
use hgcs_domain::time::today;
use hgcs_domain::{CourseId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Issues a certificate, dated today, to each invited mediator whose
/// minutes present meet the course's minimum and who has none yet,
/// numbered after the course's last in the order of names. Once the course has ended. Answers
/// every certificate of the course.
#[utoipa::path(
    tag = "trainings",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course's certificates", body = [Certificate]), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/courses/{id}/certificates")]
pub async fn issue_certificates(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CourseId>,
) -> Result<web::Json<Vec<Certificate>>, ApiError> {
    let id = id.into_inner();
    let issued = db::transaction(&state.pool, move |conn| {
        let found = access::readable_course(conn, &caller.actor, id)?;
        if !found.manages {
            return Err(ApiError::Forbidden);
        }
        let today = today();
        if found.row.ends_on > today {
            return Err(ApiError::Conflict(Text::new(
                "Lớp tập huấn chưa kết thúc",
                "The course has not ended yet",
            )));
        }
        let held: Vec<i64> = course::certificates(conn, id)?
            .iter()
            .map(|c| c.mediator_id)
            .collect();
        // In the order of names, as the invitees are listed.
        let earned: Vec<(i64, i32)> = views::courses::invitees(conn, &found.row)?
            .into_iter()
            .filter(|i| i.certified && !held.contains(&i.mediator.id.0))
            .map(|i| {
                (
                    i.mediator.id.0,
                    i32::try_from(i.minutes).unwrap_or(i32::MAX),
                )
            })
            .collect();
        course::issue_certificates(conn, id, &earned, today, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "course",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(found.row.unit_id)),
                details: json!({ "certificates_issued": earned.len() }),
            }),
        )?;
        Ok(views::courses::certificates(conn, id)?)
    })
    .await?;
    Ok(web::Json(issued))
}
