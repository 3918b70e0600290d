mod create_user_form;
mod org_select;
mod reset_password_form;
mod role_select;
mod unit_select;
mod user_filters;
mod user_table;

pub use create_user_form::CreateUserForm;
pub use reset_password_form::ResetPasswordForm;
pub use user_filters::UserFilters;
pub use user_table::UserTable;

use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

/// The message for `field` among a form's field errors, as a signal.
pub fn field_message(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|errors| {
            errors
                .iter()
                .find(|error| error.field == field)
                .map(|error| error.message.clone())
        })
    })
}
