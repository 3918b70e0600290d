use actix_web::{get, web};
use hgcs_db::models::case;
use hgcs_db::models::case_read::Scope;
use hgcs_db::models::unit;
use hgcs_domain::api::mediation::StateCount;
use hgcs_domain::mediation::CaseState;
use hgcs_domain::policy;
use hgcs_domain::time::today;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// How many cases are in each state, in the caller's scope (dashboard),
/// from the counts the database keeps.
#[utoipa::path(
    tag = "mediation",
    responses((status = 200, description = "Counts by state", body = [StateCount]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/cases/counts")]
pub async fn count_cases(
    caller: Authenticated,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<StateCount>>, ApiError> {
    let counts = db::run(&state.pool, move |conn| {
        let (scope, units) = if policy::sees_every_unit(&caller.actor) {
            (Scope::Everywhere, None)
        } else {
            let own = caller.actor.unit_id;
            (unit::scope(conn, own)?, Some(unit::held_units(conn, own)?))
        };
        let counts = case::count_for_dashboard(conn, units.as_deref(), scope, today())?;
        Ok(CaseState::ALL
            .iter()
            .map(|state| StateCount {
                state: *state,
                count: counts
                    .by_state
                    .iter()
                    .find(|(s, _)| s == state.as_str())
                    .map_or(0, |(_, n)| *n),
                start_overdue: if *state == CaseState::Assigned {
                    counts.overdue
                } else {
                    0
                },
            })
            .collect::<Vec<_>>())
    })
    .await?;
    Ok(web::Json(counts))
}
