use hgcs_domain::api::trainings::AttendanceSheet;
use hgcs_domain::{CourseId, SessionId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{SheetForm, Submit};
use crate::i18n::TrainingText;

/// An attendance sheet (XLSX or CSV), read by the server against the
/// session's invitees; what it gives fills the attendance form below,
/// to be checked before saving.
#[component]
pub fn SheetUpload(
    course: CourseId,
    session: SessionId,
    on_read: Callback<AttendanceSheet>,
) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let on_file = Callback::new(move |file: web_sys::File| {
        form.send(
            async move { api.read_attendance_sheet(course, session, &file).await },
            move |sheet| on_read.run(sheet),
        );
    });
    view! {
        <SheetForm form=form id="sheet-title" title=TrainingText::ImportSheet class="form card"
            file_id="sheet-file" label=TrainingText::SheetFile hint=TrainingText::SheetHint
            button_id="read-sheet" button=TrainingText::ReadSheet on_file=on_file />
    }
}
