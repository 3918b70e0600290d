//! The signed-in user.

pub mod change_password;
pub mod get_me;
pub mod list_digests;
pub mod set_email;
