use actix_web::{get, web};
use hgcs_db::models::organisation;
use hgcs_domain::api::units::{Organisation, OrganisationQuery};

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Organisations in units the caller may see, by name.
#[utoipa::path(
    tag = "units",
    params(OrganisationQuery),
    responses((status = 200, description = "Matching organisations", body = [Organisation]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/organisations")]
pub async fn list_organisations(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<OrganisationQuery>,
) -> Result<web::Json<Vec<Organisation>>, ApiError> {
    let query = query.into_inner();
    let organisations = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = organisation::list(conn, &query, among.as_deref())?;
        Ok(rows
            .into_iter()
            .map(|row| row.into_dto())
            .collect::<Result<Vec<_>, _>>()?)
    })
    .await?;
    Ok(web::Json(organisations))
}
