pub mod create_user;
pub mod get_user;
pub mod list_users;
pub mod reset_password;
pub mod set_user_disabled;
