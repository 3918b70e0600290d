mod create_user_form;
mod org_select;
mod reset_password_form;
mod role_select;
mod unit_select;
mod user_filters;
mod user_table;

pub use create_user_form::CreateUserForm;
pub use reset_password_form::ResetPasswordForm;
pub use unit_select::UnitSelect;
pub use user_filters::UserFilters;
pub use user_table::UserTable;
