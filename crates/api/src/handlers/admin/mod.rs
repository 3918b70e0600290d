//! Administration: only `AdminUser` callers reach these handlers.

pub mod audit;
pub mod clients;
pub mod users;
