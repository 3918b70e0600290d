//! Persistence tests against a real PostgreSQL server.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod cluster;
mod migrations;
mod seed;
mod units;
