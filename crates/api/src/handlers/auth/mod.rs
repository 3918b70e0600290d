pub mod login;
pub mod logout;
pub mod logout_everywhere;
pub mod refresh;
pub mod token;
