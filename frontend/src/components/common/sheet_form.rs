use leptos::html::Input;
use leptos::prelude::*;

use super::{
    FilePicker, FormFrame, SHEET_ACCEPT, Submit, SubmitButton, chosen_files, local_error,
    sheet_problem,
};
use crate::i18n::{Label, RecordText, text, tr};
use crate::state::use_lang;

/// One spreadsheet (.xlsx or .csv) chosen and checked in the browser,
/// then handed to `on_file`, which sends it through `form`; a spinner
/// while it is read. A register import and an attendance sheet use it.
#[component]
pub fn SheetForm(
    form: Submit,
    /// The heading's id.
    id: &'static str,
    #[prop(into)] title: Label,
    file_id: &'static str,
    #[prop(into)] label: Label,
    #[prop(into)] hint: Label,
    button_id: &'static str,
    #[prop(into)] button: Label,
    #[prop(default = "form form-grid card")] class: &'static str,
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let lang = use_lang();
    let input = NodeRef::<Input>::new();
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
        on_file.run(file);
    });
    view! {
        <FormFrame form=form id=id title=title class=class on_submit=submit>
            <FilePicker
                id=file_id
                label=label
                hint=hint
                input=input
                accept=SHEET_ACCEPT
                required=true
                form=form
                field="file"
                // A file the server cannot read is said next to the input too.
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id=button_id label=button form=form />
            <Show when=move || form.pending().get()>
                <p class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {tr(RecordText::Uploading)}
                </p>
            </Show>
        </FormFrame>
    }
}
