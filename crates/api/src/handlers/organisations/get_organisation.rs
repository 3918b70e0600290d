use actix_web::{get, web};
use hgcs_domain::OrganisationId;
use hgcs_domain::api::units::Organisation;

use crate::access::readable_organisation;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// One organisation; not found (404) when its unit is outside the caller's scope.
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
    id: web::Path<OrganisationId>,
) -> Result<web::Json<Organisation>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        Ok(readable_organisation(conn, &caller.actor, id)?.into_dto()?)
    })
    .await?;
    Ok(web::Json(found))
}
