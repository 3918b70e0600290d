//! Runs diesel work on actix's blocking thread pool with a pooled
//! connection and the server's copy of the unit tree, preceded on the same
//! connection by the check that the caller's token still holds when the
//! request has not made it yet (`auth::check`). A pool that stays
//! exhausted past its acquire timeout gives 503, not a hung request. The
//! statements each piece of work sends are added to the request's count
//! (`observe`).

use std::sync::Arc;

use actix_web::web;
use hgcs_db::unit_tree::{self, UnitCache};
use hgcs_db::{PgConnection, PgPool, statements};
use tokio::sync::Semaphore;

use crate::auth;
use crate::error::ApiError;

/// The pool, the unit tree that goes with its database, and a gate that
/// lets only as many pieces of work onto blocking threads as there are
/// connections: the others wait as cheap futures instead of as threads
/// parked on the pool, which would cost a context switch each time a
/// connection comes back.
#[derive(Clone)]
pub struct Database {
    pub pool: PgPool,
    pub units: Arc<UnitCache>,
    gate: Arc<Semaphore>,
}

impl Database {
    /// Loads the unit tree and keeps it current by listening on the
    /// database at `url`.
    pub fn open(pool: PgPool, url: &str) -> Result<Self, ApiError> {
        let mut conn = pool.get().map_err(|_| ApiError::Unavailable)?;
        let units = UnitCache::load(&mut conn)?;
        units.listen(url.to_owned());
        let gate = Arc::new(Semaphore::new(pool.max_size() as usize));
        Ok(Self { pool, units, gate })
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
    // Waiting for a turn counts against the pool's acquire timeout, as
    // waiting for a connection did.
    let turn = actix_web::rt::time::timeout(db.pool.connection_timeout(), db.gate.acquire()).await;
    let Ok(Ok(_permit)) = turn else {
        return Err(unavailable("no turn on the database available"));
    };
    let check = auth::check::due()?;
    let (checked, result, sent) = web::block(move || {
        let before = statements::sent();
        let (checked, result) = match pool.get() {
            Err(error) => {
                tracing::warn!(%error, "no database connection available");
                // Unchecked, the caller is refused as well (see `unavailable`).
                let unchecked = check.map(|_| Err(ApiError::Unavailable));
                (unchecked, Err(ApiError::Unavailable))
            }
            Ok(mut conn) => match check.map(|check| check.run(&mut conn)) {
                Some(Err(refused)) => (Some(Err(refused.clone())), Err(refused)),
                passed => (passed, unit_tree::with_cache(&units, || work(&mut conn))),
            },
        };
        (checked, result, statements::sent() - before)
    })
    .await
    .map_err(|error| ApiError::Internal(format!("blocking task failed: {error}")))?;
    if let Some(outcome) = checked {
        auth::check::settle(&outcome);
    }
    crate::observe::add_statements(sent);
    result
}

/// The answer when no connection comes in time (503). A request whose
/// caller is not checked yet cannot be checked either, so it is refused
/// at once rather than after a second wait on the way out.
fn unavailable(why: &str) -> ApiError {
    tracing::warn!("{why}");
    auth::check::settle(&Err(ApiError::Unavailable));
    ApiError::Unavailable
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
