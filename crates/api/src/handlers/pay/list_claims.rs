use actix_web::{get, web};
use hgcs_db::models::{pay, unit};
use hgcs_db::views;
use hgcs_db::views::pay::ClaimContext;
use hgcs_domain::api::pay::PayClaim;
use hgcs_domain::time::today;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
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
        let today = today();
        pay::claims(conn, &units)?
            .into_iter()
            .map(|(row, rate_from, entry_no, team_id, team_name)| {
                let context = ClaimContext {
                    rate_from,
                    entry_no,
                    team_id,
                    team_name,
                };
                Ok(views::pay::claim(row, context, today)?)
            })
            .collect::<Result<Vec<_>, ApiError>>()
    })
    .await?;
    Ok(web::Json(claims))
}
