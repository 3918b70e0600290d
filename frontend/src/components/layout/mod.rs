mod header;
mod lang_switch;
mod login_screen;
mod nav_menu;
mod require_admin;
mod shell;
mod user_box;

pub use lang_switch::LangSwitch;
pub use login_screen::LoginScreen;
pub use require_admin::RequireAdmin;
pub use shell::Shell;
