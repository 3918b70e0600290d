//! Persistence tests against a real PostgreSQL server.
#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

mod cluster;
mod counts;
mod migrations;
mod reports;
mod seed;
mod units;
