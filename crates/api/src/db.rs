//! Runs diesel work on actix's blocking thread pool with a pooled
//! connection and the server's copy of the unit tree. A pool that stays
//! exhausted past its acquire timeout gives 503, not a hung request. The
//! statements each piece of work sends are added to the request's count
//! (`observe`).

use std::sync::Arc;

use actix_web::web;
use hgcs_db::unit_tree::{self, UnitCache};
use hgcs_db::{PgConnection, PgPool, statements};

use crate::error::ApiError;

/// The pool and the unit tree that goes with its database.
#[derive(Clone)]
pub struct Database {
    pub pool: PgPool,
    pub units: Arc<UnitCache>,
}

impl Database {
    /// Loads the unit tree and keeps it current by listening on the
    /// database at `url`.
    pub fn open(pool: PgPool, url: &str) -> Result<Self, ApiError> {
        let mut conn = pool.get().map_err(|_| ApiError::Unavailable)?;
        let units = UnitCache::load(&mut conn)?;
        units.listen(url.to_owned());
        Ok(Self { pool, units })
    }
}

impl std::ops::Deref for Database {
    type Target = PgPool;

    fn deref(&self) -> &PgPool {
        &self.pool
    }
}

pub async fn run<T, F>(db: &Database, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let pool = db.pool.clone();
    let units = Arc::clone(&db.units);
    let (result, sent) = web::block(move || {
        let before = statements::sent();
        let result = pool
            .get()
            .map_err(|error| {
                tracing::warn!(%error, "no database connection available");
                ApiError::Unavailable
            })
            .and_then(|mut conn| unit_tree::with_cache(&units, || work(&mut conn)));
        (result, statements::sent() - before)
    })
    .await
    .map_err(|error| ApiError::Internal(format!("blocking task failed: {error}")))?;
    crate::observe::add_statements(sent);
    result
}

/// Like [`run`], inside one transaction: any error rolls everything back,
/// so a failed request never leaves half a record.
pub async fn transaction<T, F>(db: &Database, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut PgConnection) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    use diesel::Connection;
    run(db, move |conn| conn.transaction(work)).await
}
