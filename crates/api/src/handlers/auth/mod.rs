pub mod login;
pub mod logout;
pub mod refresh;
pub mod token;
