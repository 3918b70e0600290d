pub mod get_indicators;
pub mod list_periods;
