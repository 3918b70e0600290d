//! Trainers and materials supplied by legal partners (plan 42, III.5).
pub mod list_support;
pub mod record_support;
