use actix_web::{post, web};
use hgcs_db::models::{audit, material};
use hgcs_db::views;
use hgcs_domain::policy;
use hgcs_domain::{DeliveryId, MaterialRunId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// The ward confirms that the copies handed to it arrived. Confirming
/// again keeps the first confirmation.
#[utoipa::path(
    tag = "materials",
    params(
        ("id" = i64, Path, description = "Print run id"),
        ("delivery_id" = i64, Path, description = "Delivery id")
    ),
    responses((status = 200, description = "The run with the delivery confirmed", body = hgcs_domain::api::materials::MaterialRun), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/materials/{id}/deliveries/{delivery_id}/receipt")]
pub async fn confirm_receipt(
    caller: CurrentUser,
    state: web::Data<AppState>,
    path: web::Path<(MaterialRunId, DeliveryId)>,
) -> Result<web::Json<hgcs_domain::api::materials::MaterialRun>, ApiError> {
    let (id, delivery_id) = path.into_inner();
    let run = db::transaction(&state.pool, move |conn| {
        let (row, reader) = access::readable_run(conn, &caller.actor, id)?;
        let delivery = material::find_delivery(conn, id, delivery_id)?;
        let unit_id = UnitId(delivery.unit_id);
        let reach = access::reach(conn, &caller.actor, unit_id)?;
        if !policy::can_confirm_receipt(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if material::confirm(conn, delivery_id, caller.id)? > 0 {
            audit::record(
                conn,
                &caller.audit(Change {
                    action: action::UPDATE,
                    entity: "material_delivery",
                    entity_id: delivery_id.to_string(),
                    unit_id: Some(unit_id),
                    details: json!({ "run_id": id.0, "confirmed": true }),
                }),
            )?;
        }
        Ok(views::materials::run(conn, row, &reader.view())?)
    })
    .await?;
    Ok(web::Json(run))
}
