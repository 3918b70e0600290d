use actix_web::{get, web};
use hgcs_db::models::{pay, unit};
use hgcs_domain::api::records::PayClaim;

use super::claim_dto;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// Pay claims of cases in the caller's scope, newest first.
#[utoipa::path(
    tag = "mediation",
    responses((status = 200, description = "Claims", body = [PayClaim]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/pay-claims")]
pub async fn list_claims(
    caller: Authenticated,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<PayClaim>>, ApiError> {
    let claims = db::run(&state.pool, move |conn| {
        let units = unit::subtree(conn, caller.actor.unit_id)?;
        pay::claims(conn, &units)?
            .into_iter()
            .map(|(row, rate_from, entry_no, team_id, team_name)| {
                claim_dto(row, rate_from, entry_no, team_id, team_name)
            })
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    Ok(web::Json(claims))
}
