//! Administrative units.

pub mod create_unit;
pub mod get_unit;
pub mod list_units;
