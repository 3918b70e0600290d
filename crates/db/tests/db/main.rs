//! Persistence tests against a real PostgreSQL server.
#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

mod cluster;
mod migrations;
mod seed;
mod units;
