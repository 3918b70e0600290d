use std::collections::HashSet;

use actix_web::{get, web};
use hgcs_db::models::{course, unit};
use hgcs_db::views;
use hgcs_domain::UnitId;
use hgcs_domain::api::trainings::{Course, CourseQuery};
use hgcs_domain::policy;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
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
    query: web::Query<CourseQuery>,
) -> Result<web::Json<Vec<Course>>, ApiError> {
    let query = query.into_inner();
    let courses = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(caller.actor.unit_id);
        let reach = access::reach(conn, &caller.actor, root)?;
        if !policy::can_read_course(&caller.actor, reach, false) {
            return Err(ApiError::Forbidden);
        }
        let units = unit::held_units(conn, root)?;
        // Courses meant for these units or a unit above (the city's
        // course for its wards) are listed too.
        let mut meant_for = unit::path(conn, root)?;
        meant_for.extend(units.iter().copied());
        let rows = course::list(
            conn,
            &units,
            &meant_for,
            query.task_id.map(|t| t.0),
            query.year,
        )?;
        let mut managed = HashSet::new();
        for row in &rows {
            let unit_id = UnitId(row.unit_id);
            let reach = access::reach(conn, &caller.actor, unit_id)?;
            let level = unit::level_of(conn, unit_id)?;
            if policy::can_manage_course(&caller.actor, reach, level) {
                managed.insert(row.id);
            }
        }
        Ok(views::courses::courses(conn, rows, &managed)?)
    })
    .await?;
    Ok(web::Json(courses))
}
