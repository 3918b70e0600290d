//! A bounded connection pool. When every connection is busy a request waits
//! at most `acquire_timeout` and then gets an error the API turns into 503,
//! so overload degrades into quick refusals instead of piling up.

use std::time::Duration;

use diesel::PgConnection;
use diesel::r2d2::{ConnectionManager, Pool, PooledConnection};

pub type PgPool = Pool<ConnectionManager<PgConnection>>;
pub type PooledConn = PooledConnection<ConnectionManager<PgConnection>>;

#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    pub max_size: u32,
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_size: 10,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

/// Builds the pool and opens its first connection, so a wrong URL fails at
/// start-up with the server's own message.
pub fn build(
    database_url: &str,
    settings: PoolSettings,
) -> Result<PgPool, diesel::r2d2::PoolError> {
    Pool::builder()
        .max_size(settings.max_size)
        .min_idle(Some(1))
        .connection_timeout(settings.acquire_timeout)
        .build(ConnectionManager::new(database_url))
}
