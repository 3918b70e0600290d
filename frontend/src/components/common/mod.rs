mod date_field;
mod document_fields;
mod error_banner;
mod file_picker;
mod form_frame;
mod id_param;
mod loaded;
mod loading;
mod notice;
mod opened_by;
mod paged;
mod progress_bar;
mod select_field;
mod sheet_form;
mod submit;
mod submit_button;
mod text_area;
mod text_field;

pub use date_field::DateField;
pub use document_fields::{DocumentFields, DocumentInputs};
pub use error_banner::ErrorBanner;
pub use file_picker::{
    FilePicker, SHEET_ACCEPT, chosen_files, clear_files, evidence_to_send, sheet_problem,
};
pub use form_frame::FormFrame;
pub use id_param::use_detail;
pub use loaded::Loaded;
pub use loading::Loading;
pub use notice::{Announced, Announcement, Notice};
pub use opened_by::OpenedBy;
pub use paged::{PagedList, Pages};
pub use progress_bar::ProgressBar;
pub use select_field::{SelectField, year_options};
pub use sheet_form::SheetForm;
pub use submit::{FormFailure, Submit};
pub use submit_button::SubmitButton;
pub use text_area::TextArea;
pub use text_field::TextField;

use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

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
