//! A bounded connection pool. When every connection is busy a request waits
//! at most `acquire_timeout` and then gets an error the API turns into 503,
//! so overload degrades into quick refusals instead of piling up. Every
//! connection carries a `statement_timeout` and a `lock_timeout`, so a
//! runaway query or a table lock held elsewhere (a `LOCK TABLE` typed in
//! psql, a long migration) frees the connection in seconds instead of
//! holding it, and with it the pool, for as long as the lock lasts.
//!
//! A connection is not tested when it is taken from the pool (that would
//! cost a round trip on every request). A connection that turns out to be
//! lost (the database restarted) is noticed by the statement that failed
//! ([`crate::statements`]) and dropped when it is given back, so the next
//! request gets a fresh one.

use std::time::Duration;

use diesel::PgConnection;
use diesel::connection::SimpleConnection;
use diesel::r2d2::{
    ConnectionManager, CustomizeConnection, Error, ManageConnection, Pool, PooledConnection,
};

use crate::statements;

pub type PgPool = Pool<Manager>;
pub type PooledConn = PooledConnection<Manager>;

#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    pub max_size: u32,
    pub acquire_timeout: Duration,
    /// Longest a single statement may run (`statement_timeout`).
    pub statement_timeout: Duration,
    /// Longest a statement waits for a lock (`lock_timeout`).
    pub lock_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_size: 10,
            acquire_timeout: Duration::from_secs(5),
            statement_timeout: Duration::from_secs(10),
            lock_timeout: Duration::from_secs(3),
        }
    }
}

/// diesel's manager, and a connection whose last statement found it lost
/// counts as broken.
#[derive(Debug)]
pub struct Manager(ConnectionManager<PgConnection>);

impl ManageConnection for Manager {
    type Connection = PgConnection;
    type Error = Error;

    fn connect(&self) -> Result<PgConnection, Error> {
        self.0.connect()
    }

    fn is_valid(&self, conn: &mut PgConnection) -> Result<(), Error> {
        self.0.is_valid(conn)
    }

    fn has_broken(&self, conn: &mut PgConnection) -> bool {
        statements::take_lost() || self.0.has_broken(conn)
    }
}

/// Sets the session's time limits on every new connection and counts its
/// statements.
#[derive(Debug, Clone, Copy)]
struct Limits {
    statement_timeout: Duration,
    lock_timeout: Duration,
}

impl CustomizeConnection<PgConnection, Error> for Limits {
    fn on_acquire(&self, conn: &mut PgConnection) -> Result<(), Error> {
        use diesel::Connection;
        conn.set_instrumentation(statements::Counter);
        conn.batch_execute(&format!(
            "SET statement_timeout = {}; SET lock_timeout = {}",
            self.statement_timeout.as_millis(),
            self.lock_timeout.as_millis()
        ))
        .map_err(Error::QueryError)
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
        .test_on_check_out(false)
        .connection_timeout(settings.acquire_timeout)
        .connection_customizer(Box::new(Limits {
            statement_timeout: settings.statement_timeout,
            lock_timeout: settings.lock_timeout,
        }))
        .build(Manager(ConnectionManager::new(database_url)))
}
