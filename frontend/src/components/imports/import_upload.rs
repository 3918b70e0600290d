use hgcs_domain::api::imports::ImportPreview;
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FilePicker, FormFrame, SHEET_ACCEPT, Submit, SubmitButton, chosen_files, local_error,
    sheet_problem,
};
use crate::i18n::{RecordText, text, tr};
use crate::state::use_lang;

/// One register file, sent to be read and checked.
#[component]
pub fn ImportUpload(on_preview: Callback<ImportPreview>) -> impl IntoView {
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
            async move { api.upload_import(&file).await },
            move |preview| on_preview.run(preview),
        );
    });

    view! {
        <FormFrame form=form id="import-upload" title=RecordText::ImportFile on_submit=submit>
            <FilePicker
                id="import-file"
                label=RecordText::ImportFile
                hint=RecordText::ImportFileHint
                input=input
                accept=SHEET_ACCEPT
                required=true
                form=form
                field="file"
                // A file the server cannot read is said next to the input too.
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id="upload-import" label=RecordText::Upload form=form />
            <Show when=move || form.pending().get()>
                <p class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {tr(RecordText::Uploading)}
                </p>
            </Show>
        </FormFrame>
    }
}
