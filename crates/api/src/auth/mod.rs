//! Sign-in, tokens and the extractors that tell a handler who is asking.

pub mod cookies;
pub mod current;
pub mod password;
pub mod throttle;
pub mod tokens;

pub use current::{AdminUser, Authenticated};
