//! The national programmes plans implement.
pub mod list_programmes;
