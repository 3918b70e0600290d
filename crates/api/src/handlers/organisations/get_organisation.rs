use actix_web::{get, web};
use hgcs_db::models::organisation;
use hgcs_domain::api::units::Organisation;
use hgcs_domain::{OrganisationId, UnitId};

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::handlers::units::visible_units;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// One organisation; refused (403) when its unit is outside the caller's scope.
#[utoipa::path(
    tag = "units",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, description = "The organisation", body = Organisation), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/organisations/{id}")]
pub async fn get_organisation(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<Organisation>, ApiError> {
    let id = OrganisationId(id.into_inner());
    let found = db::run(&state.pool, move |conn| {
        let row = organisation::find(conn, id)?;
        if let Some(visible) = visible_units(conn, &caller.actor)?
            && !visible.contains(&UnitId(row.unit_id))
        {
            return Err(ApiError::Forbidden);
        }
        Ok(row.into_dto()?)
    })
    .await?;
    Ok(web::Json(found))
}
