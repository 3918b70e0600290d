pub mod create_client;
pub mod disable_client;
pub mod list_clients;
