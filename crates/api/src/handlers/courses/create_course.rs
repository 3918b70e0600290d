use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, course, unit};
use hgcs_db::views;
use hgcs_domain::api::trainings::{Course, CourseInput};
use hgcs_domain::policy;
use hgcs_domain::validation::{Checker, Rule};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A new course with its sessions and the units it is meant for: the
/// Justice Office organises for its city, a ward for itself.
#[utoipa::path(
    tag = "trainings",
    params(IdempotencyKey),
    request_body = CourseInput,
    responses((status = 201, description = "Created", body = Course), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/courses")]
pub async fn create_course(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<CourseInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let level = access::referenced_unit(conn, input.unit_id, "unit_id")?.level()?;
        let reach = access::reach(conn, &caller.actor, input.unit_id)?;
        if !policy::can_manage_course(&caller.actor, reach, level) {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let course = input.check(&mut check);
        let tree = unit::held_units(conn, input.unit_id)?;
        for (i, unit) in input.audience.iter().enumerate() {
            check.unless(
                tree.contains(unit),
                &format!("audience[{i}]"),
                Rule::OutsideCourse,
            );
        }
        if let Some(task) = input.task_id {
            let known = access::readable_task(conn, &caller.actor, task);
            check.unless(known.is_ok(), "task_id", Rule::UnknownReference);
        }
        if let Some(organiser) = input.organiser_id {
            let known = access::readable_organisation(conn, &caller.actor, organiser);
            check.unless(known.is_ok(), "organiser_id", Rule::UnknownReference);
        }
        check.finish()?;
        let row = course::insert(conn, &course, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "course",
                entity_id: row.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "title": row.title, "sessions": course.sessions.len() }),
            }),
        )?;
        Ok(views::courses::course(conn, row, true)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
