use actix_web::{HttpResponse, post, web};
use hgcs_db::models::api_client::{self, NewApiClientRow};
use hgcs_db::models::{audit, unit};
use hgcs_domain::UnitLevel;
use hgcs_domain::api::users::{CreatedApiClient, NewApiClient};
use hgcs_domain::validation::{Checker, LevelRule, Rule};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::AdminUser;
use crate::auth::tokens::{random_bytes, random_token};
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Registers a read-only machine client for a province. The secret is in
/// this answer only; it is stored hashed.
#[utoipa::path(
    tag = "admin",
    params(IdempotencyKey),
    request_body = NewApiClient,
    responses((status = 201, description = "Created; keep the secret", body = CreatedApiClient), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/admin/clients")]
pub async fn create_client(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
    body: JsonBody<NewApiClient>,
) -> Result<HttpResponse, ApiError> {
    let new = body.into_inner();
    let mut check = Checker::new();
    let name = check.text("name", &new.name, 1, 200);
    check.finish()?;
    let unit_id = new.unit_id;
    db::run(&state.pool, move |conn| {
        let level = match unit::find(conn, unit_id) {
            Ok(row) => row.level()?,
            Err(hgcs_db::DbError::NotFound) => {
                return Err(ApiError::invalid("unit_id", Rule::UnknownReference));
            }
            Err(other) => return Err(other.into()),
        };
        if level != UnitLevel::Province {
            return Err(ApiError::invalid(
                "unit_id",
                Rule::WrongLevel(LevelRule::ClientInProvince),
            ));
        }
        Ok(())
    })
    .await?;

    let secret = random_token();
    let client_id = format!(
        "hgcs-{}",
        random_bytes::<6>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let passwords = state.passwords.clone();
    let to_hash = secret.clone();
    let hash = web::block(move || passwords.hash(&to_hash))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    let created = db::transaction(&state.pool, move |conn| {
        let row = api_client::insert(
            conn,
            &NewApiClientRow {
                client_id: &client_id,
                name: &name,
                secret_hash: &hash,
                unit_id: unit_id.0,
            },
        )?;
        audit::record(
            conn,
            &admin.audit(Change {
                action: action::CREATE,
                entity: "api_client",
                entity_id: row.id.to_string(),
                unit_id: Some(unit_id),
                details: json!({ "client_id": row.client_id, "name": row.name }),
            }),
        )?;
        Ok(row.into_dto(None)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(CreatedApiClient {
        client: created,
        client_secret: secret,
    }))
}
