use std::collections::HashMap;

use actix_web::{get, web};
use hgcs_db::models::{pay, unit};
use hgcs_domain::UnitId;
use hgcs_domain::api::pay::PayRate;

use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Rates in force for the caller's units and those above, newest first.
#[utoipa::path(
    tag = "mediation",
    responses((status = 200, description = "Rates", body = [PayRate]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/pay-rates")]
pub async fn list_rates(
    caller: Authenticated,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<PayRate>>, ApiError> {
    let rates = db::run(&state.pool, move |conn| {
        let among = visible_units(conn, &caller.actor)?;
        let rows = pay::rates(conn, among.as_deref())?;
        let ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
        let units: HashMap<UnitId, _> = unit::summaries(conn, &ids)?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        rows.into_iter()
            .map(|row| {
                Ok(PayRate {
                    id: row.id,
                    unit: units
                        .get(&UnitId(row.unit_id))
                        .cloned()
                        .ok_or(ApiError::NotFound)?,
                    amount_vnd: row.amount_vnd,
                    effective_from: row.effective_from,
                    basis: row.basis,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()
    })
    .await?;
    Ok(web::Json(rates))
}
