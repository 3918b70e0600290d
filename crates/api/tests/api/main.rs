//! API tests: the real actix server on a local port, a real PostgreSQL
//! database per test, requests over HTTP.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod admin;
mod auth;
mod openapi;
mod problems;
mod scope;
mod support;
mod tokens;
