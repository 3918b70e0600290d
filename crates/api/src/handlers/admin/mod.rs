//! Administration: only `AdminUser` callers reach these handlers.

pub mod clients;
pub mod users;
