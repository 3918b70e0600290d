use std::collections::HashMap;

use actix_web::{get, web};
use hgcs_db::models::api_client;
use hgcs_domain::api::users::ApiClient;

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Machine clients (secrets are never shown again).
#[utoipa::path(
    tag = "admin",
    responses((status = 200, description = "All machine clients", body = [ApiClient]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/admin/clients")]
pub async fn list_clients(
    _admin: AdminUser,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<ApiClient>>, ApiError> {
    let clients = db::run(&state.pool, |conn| {
        let rows = api_client::list(conn)?;
        let calls: HashMap<i64, _> = api_client::last_calls(conn)?.into_iter().collect();
        Ok(rows
            .into_iter()
            .map(|row| {
                let last = calls.get(&row.id).copied();
                row.into_dto(last)
            })
            .collect::<Result<Vec<_>, _>>()?)
    })
    .await?;
    Ok(web::Json(clients))
}
