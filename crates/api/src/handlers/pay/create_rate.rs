use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, pay, unit};
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::pay::{PayRate, PayRateInput};
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::AdminUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Records a rate per case as the province set it, from a given day. Rates
/// are never changed: a new decision is a new row.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body = PayRateInput,
    responses((status = 201, description = "Recorded", body = PayRate), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/pay-rates")]
pub async fn create_rate(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    body: JsonBody<PayRateInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.validate()?;
    let basis = input.basis.clone();
    let created = db::transaction(&state.pool, move |conn| {
        let place = unit::find(conn, input.unit_id).map_err(|e| match e {
            DbError::NotFound => ApiError::invalid("unit_id", Rule::UnknownReference),
            other => other.into(),
        })?;
        let row = pay::insert_rate(conn, input.unit_id, input.amount_vnd, input.effective_from, &basis).map_err(|e| match e {
            DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => ApiError::Conflict(Text::new(
                "Đã có mức chi từ ngày này",
                "A rate from this day exists already",
            )),
            other => other.into(),
        })?;
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::CREATE,
                entity: "pay_rate",
                entity_id: row.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "amount_vnd": row.amount_vnd, "effective_from": row.effective_from }),
            }),
        )?;
        Ok(PayRate {
            id: row.id,
            unit: place.summary()?,
            amount_vnd: row.amount_vnd,
            effective_from: row.effective_from,
            basis: row.basis,
        })
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
