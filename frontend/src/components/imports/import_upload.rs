use hgcs_domain::api::records::ImportPreview;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::ErrorBanner;
use crate::components::tasks::{MAX_FILE_BYTES, chosen_files};
use crate::i18n;
use crate::i18n::{RecordText, text, tr};
use crate::state::use_lang;

/// Why a file cannot be a register, before sending it.
fn register_problem(lang: hgcs_domain::Lang, file: &web_sys::File) -> Option<String> {
    let name = file.name().to_lowercase();
    if !(name.ends_with(".xlsx") || name.ends_with(".csv")) {
        return Some(text(lang, RecordText::WrongImportType).to_owned());
    }
    (file.size() > MAX_FILE_BYTES).then(|| i18n::file_too_big(lang, &file.name()))
}

/// One register file, sent to be read and checked.
#[component]
pub fn ImportUpload(on_preview: Callback<ImportPreview>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let input = NodeRef::<Input>::new();
    let file_error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let lang = lang.get_untracked();
        let Some(file) = chosen_files(&input).into_iter().next() else {
            file_error.set(Some(text(lang, RecordText::ChooseFile).to_owned()));
            return;
        };
        if let Some(problem) = register_problem(lang, &file) {
            file_error.set(Some(problem));
            return;
        }
        file_error.set(None);
        pending.set(true);
        spawn_local(async move {
            let result = api.upload_import(&file).await;
            pending.set(false);
            match result {
                Ok(preview) => on_preview.run(preview),
                Err(error) => {
                    // A file the server cannot read is said next to the input too.
                    if let Some(message) = error
                        .field_message("file")
                        .or_else(|| error.detail().map(str::to_owned))
                    {
                        file_error.set(Some(message));
                    }
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid card" on:submit=submit novalidate=true aria-labelledby="import-upload">
            <h2 id="import-upload" class="form-title">{tr(RecordText::ImportFile)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <div class="field field-wide">
                <label for="import-file">{tr(RecordText::ImportFile)} " *"</label>
                <input
                    id="import-file"
                    name="file"
                    type="file"
                    accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                    aria-describedby="import-file-hint"
                    aria-invalid=move || if file_error.get().is_some() { "true" } else { "false" }
                    node_ref=input
                    on:change=move |_| file_error.set(None)
                />
                <p class="field-hint" id="import-file-hint">{tr(RecordText::ImportFileHint)}</p>
                {move || file_error.get().map(|message| view! { <p class="field-error" id="import-file-error">{message}</p> })}
            </div>
            <div class="form-actions">
                <button id="upload-import" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(RecordText::Upload)}
                </button>
            </div>
            <Show when=move || pending.get()>
                <p class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {tr(RecordText::Uploading)}
                </p>
            </Show>
        </form>
    }
}
