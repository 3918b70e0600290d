use hgcs_domain::api::records::{AnswerInput, Question};
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::{ErrorBanner, TextArea, field_message, local_error};
use crate::i18n::{PlanText, RecordText, text, tr};
use crate::state::use_lang;

/// An answer from the City Justice Office or a legal partner.
#[component]
pub fn AnswerForm(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let body = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let input = AnswerInput {
            body: body.get_untracked().trim().to_owned(),
        };
        if input.body.is_empty() {
            errors.set(vec![local_error(
                "body",
                text(lang.get_untracked(), PlanText::Required),
            )]);
            return;
        }
        errors.set(Vec::new());
        pending.set(true);
        spawn_local(async move {
            let result = api.answer_question(question_id, &input).await;
            pending.set(false);
            match result {
                Ok(question) => on_done.run(question),
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid card" on:submit=submit novalidate=true aria-labelledby="answer-title">
            <h2 id="answer-title" class="form-title">{tr(RecordText::PostAnswer)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <TextArea id="answer-body" label=RecordText::AnswerBody value=body required=true rows=6 error=field_message(errors, "body") />
            <div class="form-actions">
                <button id="post-answer" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(RecordText::PostAnswer)}
                </button>
            </div>
        </form>
    }
}
