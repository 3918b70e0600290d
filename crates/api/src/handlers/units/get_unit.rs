use actix_web::{get, web};
use hgcs_db::models::unit::{self, Direction};
use hgcs_domain::UnitId;
use hgcs_domain::api::units::UnitDetail;
use hgcs_domain::policy;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// One unit with its place in the hierarchy and its reorganisation links.
/// A unit outside the caller's scope (another ward) answers 404, as any record does.
#[utoipa::path(
    tag = "units",
    params(("id" = i64, Path, description = "Unit id")),
    responses((status = 200, description = "The unit", body = UnitDetail), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/units/{id}")]
pub async fn get_unit(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<UnitId>,
) -> Result<web::Json<UnitDetail>, ApiError> {
    let id = id.into_inner();
    let detail = db::run(&state.pool, move |conn| {
        let path = unit::path(conn, id)?;
        if path.is_empty() {
            return Err(ApiError::NotFound);
        }
        let own_path = unit::path(conn, caller.actor.unit_id)?;
        if !policy::can_view_unit(&caller.actor, caller.actor.reach(&path, &own_path)) {
            return Err(ApiError::NotFound);
        }
        let mut children = Vec::new();
        for child in unit::children(conn, id)? {
            let child_path: Vec<UnitId> = std::iter::once(UnitId(child.id))
                .chain(path.iter().copied())
                .collect();
            if policy::can_view_unit(&caller.actor, caller.actor.reach(&child_path, &own_path)) {
                children.push(child.summary()?);
            }
        }
        Ok(UnitDetail {
            unit: unit::find(conn, id)?.into_dto()?,
            ancestors: unit::summaries(conn, &path[1..])?,
            children,
            predecessors: unit::links(conn, id, Direction::Predecessors)?,
            successors: unit::links(conn, id, Direction::Successors)?,
        })
    })
    .await?;
    Ok(web::Json(detail))
}
