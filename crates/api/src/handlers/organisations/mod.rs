pub mod get_organisation;
pub mod list_organisations;
