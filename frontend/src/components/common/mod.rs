mod date_field;
mod document_fields;
mod error_banner;
mod loading;
mod notice;
mod progress_bar;
mod select_field;
mod text_area;
mod text_field;

pub use date_field::DateField;
pub use document_fields::{DocumentFields, DocumentInputs};
pub use error_banner::ErrorBanner;
pub use loading::Loading;
pub use notice::Notice;
pub use progress_bar::ProgressBar;
pub use select_field::{SelectField, year_options};
pub use text_area::TextArea;
pub use text_field::TextField;

use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

/// The message for `field` among a form's field errors, as a signal.
pub fn field_message(
    errors: RwSignal<Vec<FieldError>>,
    field: impl Into<String>,
) -> Signal<Option<String>> {
    let field = field.into();
    Signal::derive(move || {
        errors.with(|errors| {
            errors
                .iter()
                .find(|error| error.field == field)
                .map(|error| error.message.clone())
        })
    })
}

/// A field error found before sending, shown like the server's.
pub fn local_error(field: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: "invalid".to_owned(),
        message: message.into(),
    }
}

/// Brings a form that opens at the top of a long page into view once it
/// is mounted, so the button pressed far below visibly did something.
pub fn reveal_on_mount(form: NodeRef<leptos::html::Form>) {
    Effect::new(move |_| {
        if let Some(form) = form.get() {
            form.scroll_into_view();
        }
    });
}
