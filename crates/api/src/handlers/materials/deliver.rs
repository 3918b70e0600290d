use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, material, team, unit};
use hgcs_db::views;
use hgcs_domain::api::materials::{DeliveryInput, MaterialRun};
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{MaterialRunId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Hands copies of a print run to a ward in the printer's city (and, when
/// named, one of its teams): never more than the run has left.
#[utoipa::path(
    tag = "materials",
    params(("id" = i64, Path, description = "Print run id"), IdempotencyKey),
    request_body = DeliveryInput,
    responses((status = 201, description = "The run with the delivery", body = MaterialRun), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/materials/{id}/deliveries")]
pub async fn deliver(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<MaterialRunId>,
    body: JsonBody<DeliveryInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let run = db::transaction(&state.pool, move |conn| {
        let (_, reader) = access::readable_run(conn, &caller.actor, id)?;
        if !reader.managed.contains(&id.0) {
            return Err(ApiError::Forbidden);
        }
        let row = material::lock_run(conn, id)?;
        let left = i64::from(row.quantity) - material::distributed(conn, id)?;
        let mut check = Checker::new();
        let delivery = input.check(&mut check, row.printed_on, left, today());
        let city = unit::held_units(conn, UnitId(row.unit_id))?;
        let inside = input.unit_id != UnitId(row.unit_id) && city.contains(&input.unit_id);
        check.unless(inside, "unit_id", Rule::UnknownReference);
        if let (Some(team_id), true) = (input.team_id, inside) {
            let ward = unit::held_units(conn, input.unit_id)?;
            let in_ward = team::many(conn, &[team_id.0])?
                .first()
                .is_some_and(|t| ward.contains(&UnitId(t.unit_id)));
            check.unless(in_ward, "team_id", Rule::UnknownReference);
        }
        check.finish()?;
        let made = material::insert_delivery(conn, id, &delivery, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "material_delivery",
                entity_id: made.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "run_id": id.0, "copies": made.copies }),
            }),
        )?;
        Ok(views::materials::run(conn, row, &reader.view())?)
    })
    .await?;
    Ok(HttpResponse::Created().json(run))
}
