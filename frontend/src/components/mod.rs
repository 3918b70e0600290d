pub mod audit;
pub mod common;
pub mod layout;
pub mod units;
pub mod users;
