use hgcs_domain::api::trainings::AttendanceSheet;
use hgcs_domain::{CourseId, SessionId};
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FilePicker, FormFrame, SHEET_ACCEPT, Submit, SubmitButton, chosen_files, local_error,
    sheet_problem,
};
use crate::i18n::{RecordText, TrainingText, text, tr};
use crate::state::use_lang;

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
    let lang = use_lang();
    let input = NodeRef::<Input>::new();
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(file) = chosen_files(&input).into_iter().next() else {
            form.reject(vec![local_error(
                "file",
                text(lang, RecordText::ChooseFile),
            )]);
            return;
        };
        if let Some(problem) = sheet_problem(lang, &file) {
            form.reject(vec![local_error("file", problem)]);
            return;
        }
        form.send(
            async move { api.read_attendance_sheet(course, session, &file).await },
            move |sheet| on_read.run(sheet),
        );
    });
    view! {
        <FormFrame form=form id="sheet-title" title=TrainingText::ImportSheet class="form card" on_submit=submit>
            <FilePicker
                id="sheet-file"
                label=TrainingText::SheetFile
                hint=TrainingText::SheetHint
                input=input
                accept=SHEET_ACCEPT
                required=true
                form=form
                field="file"
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id="read-sheet" label=TrainingText::ReadSheet form=form />
            <Show when=move || form.pending().get()>
                <p class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {tr(RecordText::Uploading)}
                </p>
            </Show>
        </FormFrame>
    }
}
