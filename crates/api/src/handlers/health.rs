use actix_web::{get, web};
use diesel::RunQueryDsl;
use hgcs_domain::api::health::Health;

use crate::db;
use crate::error::ApiError;
use crate::state::AppState;

/// 200 while the database answers, 503 (problem+json) when it does not.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "The service and its database are up", body = Health),
        (status = 503, description = "The database does not answer", body = hgcs_domain::api::problem::Problem,
            content_type = "application/problem+json"),
    )
)]
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> Result<web::Json<Health>, ApiError> {
    db::run(&state.pool, |conn| {
        diesel::sql_query("SELECT 1")
            .execute(conn)
            .map_err(|error| {
                tracing::warn!(%error, "health check query failed");
                ApiError::Unavailable
            })
    })
    .await?;
    Ok(web::Json(Health {
        status: "ok".into(),
        database: true,
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}
