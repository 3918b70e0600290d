use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, pilot, programme};
use hgcs_db::views;
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::UnitLevel;
use hgcs_domain::api::pilots::{Pilot, PilotInput};
use hgcs_domain::policy;
use hgcs_domain::validation::{LevelRule, Rule};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Registers a ward's pilot model of a year of a programme
/// (`GET /programmes`).
#[utoipa::path(
    tag = "pilots",
    params(IdempotencyKey),
    request_body = PilotInput,
    responses((status = 201, description = "Registered", body = Pilot), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/pilots")]
pub async fn create_pilot(
    caller: Authenticated,
    state: web::Data<AppState>,
    body: JsonBody<PilotInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.validate()?;
    let name = input.name.clone();
    let description = input.description.clone();
    let created = db::transaction(&state.pool, move |conn| {
        let level = access::referenced_unit(conn, input.unit_id, "unit_id")?.level()?;
        if !policy::can_register_pilot(
            &caller.actor,
            access::reach(conn, &caller.actor, input.unit_id)?,
        ) {
            return Err(ApiError::Forbidden);
        }
        if level != UnitLevel::Commune {
            return Err(ApiError::invalid(
                "unit_id",
                Rule::WrongLevel(LevelRule::PilotInWard),
            ));
        }
        if !programme::holds(conn, input.year)? {
            return Err(ApiError::invalid("year", Rule::NotAPilotYear));
        }
        let row = pilot::insert(conn, input.unit_id, input.year, &name, &description).map_err(
            |error| match error {
                DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                    ApiError::Conflict(Text::new(
                        "Đơn vị đã có mô hình cùng tên trong năm này",
                        "The unit already has a model of this name that year",
                    ))
                }
                other => other.into(),
            },
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "pilot",
                entity_id: row.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "year": input.year, "name": name }),
            }),
        )?;
        Ok(views::pilots::pilot(conn, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
