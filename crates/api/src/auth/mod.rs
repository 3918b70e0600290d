//! Sign-in, tokens and the extractors that tell a handler who is asking.

pub mod check;
pub mod cookies;
pub mod extractors;
pub mod password;
pub mod session;
pub mod throttle;
pub mod tokens;

pub use extractors::{AdminUser, Authenticated, CurrentUser};
