use crate::access::readable_pilot;
use crate::preconditions::IfMatch;
use actix_web::{post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, pilot, unit};
use hgcs_db::views;
use hgcs_domain::api::pilots::{Pilot, ReplicationInput};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PilotId, UnitLevel};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The decision to replicate a pilot model to named wards of the city.
#[utoipa::path(
    tag = "pilots",
    params(("id" = i64, Path, description = "Pilot id"), IfMatchOptional, IdempotencyKey),
    request_body = ReplicationInput,
    responses((status = 200, description = "Recorded", body = Pilot), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/pilots/{id}/replications")]
pub async fn replicate_pilot(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PilotId>,
    if_match: IfMatch,
    body: JsonBody<ReplicationInput>,
) -> Result<web::Json<Pilot>, ApiError> {
    let id = id.into_inner();
    let input = body.validate()?;
    let decision = input.decision.clone();
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_pilot(conn, &caller.actor, id)?;
        if !policy::can_evaluate_pilot(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Pilot, id.0)?;
        let mut check = Checker::new();
        for (index, unit_id) in input.unit_ids.iter().enumerate() {
            let fits = unit::find(conn, *unit_id).ok().map(|u| u.level()).transpose()?
                == Some(UnitLevel::Commune)
                && access::reach(conn, &caller.actor, *unit_id)? == Reach::Within;
            if !fits {
                check.add(&format!("unit_ids[{index}]"), Rule::UnknownReference);
            }
        }
        check.finish()?;
        let stored = serde_json::to_value(&decision).map_err(|e| ApiError::Internal(e.to_string()))?;
        let added = pilot::replicate(conn, id, &input.unit_ids, &stored)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "pilot",
                entity_id: id.to_string(),
                unit_id: Some(hgcs_domain::UnitId(row.unit_id)),
                details: json!({ "replicated_to": input.unit_ids, "decision": decision.label(), "added": added }),
            }),
        )?;
        let row = pilot::find(conn, id)?;
        Ok(views::pilots::pilot(conn, row)?)
    })
    .await?;
    Ok(web::Json(updated))
}
