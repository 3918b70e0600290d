//! Persistence tests against a real PostgreSQL server.
#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

mod cluster;
mod counts;
mod fixtures;
mod mediator_tallies;
mod migrations;
mod plans;
mod reports;
mod seed;
mod units;
