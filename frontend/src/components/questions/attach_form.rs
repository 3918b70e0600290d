use hgcs_domain::api::records::Question;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::ErrorBanner;
use crate::components::tasks::{chosen_files, file_problem};
use crate::i18n::{RecordText, text, tr};
use crate::state::use_lang;

/// Documents of the asking ward, stripped of names and addresses, added
/// while the question is open.
#[component]
pub fn AttachForm(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
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
        let picked = chosen_files(&input);
        if picked.is_empty() {
            file_error.set(Some(text(lang, RecordText::AttachFiles).to_owned()));
            return;
        }
        if let Some(problem) = picked.iter().find_map(|file| file_problem(lang, file)) {
            file_error.set(Some(problem));
            return;
        }
        file_error.set(None);
        pending.set(true);
        spawn_local(async move {
            let result = api.attach_question_files(question_id, &picked).await;
            pending.set(false);
            match result {
                Ok(question) => {
                    if let Some(input) = input.get_untracked() {
                        input.set_value("");
                    }
                    on_done.run(question);
                }
                Err(error) => {
                    if let Some(message) = error.detail().map(str::to_owned) {
                        file_error.set(Some(message));
                    }
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid card" on:submit=submit novalidate=true aria-labelledby="attach-title">
            <h2 id="attach-title" class="form-title">{tr(RecordText::AttachFiles)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <div class="field field-wide">
                <label for="question-files">{tr(RecordText::Attachments)}</label>
                <input
                    id="question-files"
                    name="files"
                    type="file"
                    multiple=true
                    accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
                    aria-describedby="question-files-hint"
                    aria-invalid=move || if file_error.get().is_some() { "true" } else { "false" }
                    node_ref=input
                    on:change=move |_| file_error.set(None)
                />
                <p class="field-hint" id="question-files-hint">{tr(RecordText::AttachHint)}</p>
                {move || file_error.get().map(|message| view! { <p class="field-error" id="question-files-error">{message}</p> })}
            </div>
            <div class="form-actions">
                <button id="attach-files" type="submit" class="button" disabled=move || pending.get()>
                    {tr(RecordText::AttachFiles)}
                </button>
            </div>
        </form>
    }
}
