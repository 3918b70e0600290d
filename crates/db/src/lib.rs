//! HGCS persistence on PostgreSQL with diesel. Query functions return
//! `QueryResult`; what an error means to a client is decided by the API.

pub mod cluster;
pub mod migrations;
pub mod models;
pub mod pool;
pub mod schema;
pub mod seed;
pub mod statements;
#[cfg(feature = "testing")]
pub mod testing;
pub mod unit_tree;
pub mod views;

pub use diesel::PgConnection;
pub use diesel::result::{DatabaseErrorKind, Error as DbError, QueryResult};
pub use pool::{PgPool, PoolSettings, PooledConn};
