//! The request and response shapes of the HTTP API, shared by the server and
//! the SPA so both sides compile against one definition.
//!
//! Request bodies deny unknown fields: a misspelt field is an error the user
//! sees, not a value silently dropped. Fields a client must not set (ids,
//! owner unit, audit data) are simply not in them.

pub mod audit;
pub mod auth;
pub mod budget;
pub mod dashboard;
pub mod digests;
pub mod health;
pub mod imports;
pub mod library;
pub mod materials;
pub mod mediation;
pub mod mediators;
pub mod pay;
pub mod pilots;
pub mod plans;
pub mod problem;
pub mod programmes;
pub mod questions;
pub mod reports;
pub mod reviews;
pub mod search;
pub mod success_records;
pub mod supervisions;
pub mod trainings;
pub mod units;
pub mod users;

#[cfg(all(test, feature = "openapi"))]
mod limits;
