use hgcs_domain::api::questions::Question;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{RecordText, tr};

/// Closing an answered question; no answers come after.
#[component]
pub fn CloseButton(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let close = move |_| {
        form.start();
        form.send(
            async move { api.close_question(question_id).await },
            move |question| on_done.run(question),
        );
    };
    view! {
        <section class="card" aria-labelledby="close-title">
            <h2 id="close-title" class="visually-hidden">{tr(RecordText::CloseQuestion)}</h2>
            <FormFailure form=form />
            <p class="field-hint" id="close-hint">{tr(RecordText::CloseConfirm)}</p>
            <button
                id="close-question"
                type="button"
                class="button"
                aria-describedby="close-hint"
                disabled=form.pending()
                on:click=close
            >
                {tr(RecordText::CloseQuestion)}
            </button>
        </section>
    }
}
