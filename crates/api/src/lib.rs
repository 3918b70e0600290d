//! The HGCS HTTP API: actix-web handlers, authentication, errors rendered
//! as RFC 9457 problem details, the OpenAPI document and the `hgcs` binary's
//! commands.

pub mod access;
pub mod accounts;
pub mod app;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod cli;
pub mod config;
pub mod db;
pub mod digest;
pub mod documents;
pub mod edge;
pub mod error;
pub mod files;
pub mod handlers;
pub mod idempotency;
pub mod json_body;
pub mod lang;
pub mod mail;
pub mod metrics;
pub mod observe;
pub mod openapi;
pub mod paging;
pub mod preconditions;
pub mod problem;
pub mod public_page;
pub mod query;
pub mod register_sheet;
pub mod responses;
pub mod security;
pub mod sheet_upload;
pub mod spa;
pub mod startup;
pub mod state;
pub mod upload_form;

pub use error::ApiError;
pub use state::AppState;
