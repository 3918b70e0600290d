//! Runs diesel work on actix's blocking thread pool with a pooled
//! connection. A pool that stays exhausted past its acquire timeout gives
//! 503, not a hung request.

use actix_web::web;
use hgcs_db::{PgConnection, PgPool};

use crate::error::ApiError;

pub async fn run<T, F>(pool: &PgPool, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    web::block(move || {
        let mut conn = pool.get().map_err(|error| {
            tracing::warn!(%error, "no database connection available");
            ApiError::Unavailable
        })?;
        work(&mut conn)
    })
    .await
    .map_err(|error| ApiError::Internal(format!("blocking task failed: {error}")))?
}

/// Like [`run`], inside one transaction: any error rolls everything back,
/// so a failed request never leaves half a record.
pub async fn transaction<T, F>(pool: &PgPool, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    use diesel::Connection;
    run(pool, move |conn| conn.transaction(work)).await
}
