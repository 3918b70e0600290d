pub mod download_dashboard;
pub mod get_dashboard;
