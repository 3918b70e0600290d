//! Health checks for load balancers and supervisors. Each answers within a
//! second whatever the pool or the database does: readiness takes a
//! connection with its own short timeout and gives up on a slow answer.

use std::time::Duration;

use actix_web::{get, web};
use diesel::RunQueryDsl;
use hgcs_domain::api::health::Health;

use crate::error::ApiError;
use crate::state::AppState;

/// How long readiness waits for a pooled connection.
const CONNECT_WITHIN: Duration = Duration::from_millis(500);
/// How long readiness waits for its whole answer.
const ANSWER_WITHIN: Duration = Duration::from_millis(900);

/// 200 while the database answers with every migration applied, 503
/// (problem+json) when it does not. The same as `/health/ready`.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "The service and its database are up", body = Health),
        (status = 503, description = "The database does not answer, or migrations are pending",
            body = hgcs_domain::api::problem::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> Result<web::Json<Health>, ApiError> {
    ready_now(&state).await
}

/// Readiness: 200 when the database answers within a second and every
/// migration is applied, 503 (problem+json, `Retry-After`) otherwise.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "Ready: the database answers and its schema is current", body = Health),
        (status = 503, description = "Not ready: the database does not answer in time, or migrations are pending",
            body = hgcs_domain::api::problem::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> Result<web::Json<Health>, ApiError> {
    ready_now(&state).await
}

/// Liveness: 200 whenever the process answers; the database is not asked.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "The process answers", body = Health),
        (status = 408, description = "The request was not received in time (as for every route)",
            body = hgcs_domain::api::problem::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/health/live")]
pub async fn live() -> web::Json<Health> {
    web::Json(Health {
        status: "ok".into(),
        database: false,
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

async fn ready_now(state: &AppState) -> Result<web::Json<Health>, ApiError> {
    let pool = state.pool.clone();
    let check = web::block(move || {
        let mut conn = pool.get_timeout(CONNECT_WITHIN).map_err(|error| {
            tracing::warn!(%error, "health: no database connection");
            ApiError::Unavailable
        })?;
        diesel::sql_query("SELECT 1")
            .execute(&mut conn)
            .map_err(|error| {
                tracing::warn!(%error, "health check query failed");
                ApiError::Unavailable
            })?;
        match hgcs_db::migrations::all_applied(&mut conn) {
            Ok(true) => Ok(()),
            Ok(false) => {
                tracing::warn!("health: database migrations are pending");
                Err(ApiError::Unavailable)
            }
            Err(error) => {
                tracing::warn!(%error, "health: cannot read the applied migrations");
                Err(ApiError::Unavailable)
            }
        }
    });
    match actix_web::rt::time::timeout(ANSWER_WITHIN, check).await {
        Ok(Ok(Ok(()))) => Ok(web::Json(Health {
            status: "ok".into(),
            database: true,
            version: env!("CARGO_PKG_VERSION").into(),
        })),
        Ok(Ok(Err(error))) => Err(error),
        Ok(Err(error)) => Err(ApiError::Internal(format!("blocking task failed: {error}"))),
        Err(_) => {
            tracing::warn!("health: the database did not answer within a second");
            Err(ApiError::Unavailable)
        }
    }
}
