use hgcs_domain::api::records::Question;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::ErrorBanner;
use crate::i18n::{RecordText, tr};

/// Closing an answered question; no answers come after.
#[component]
pub fn CloseButton(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
    let api = use_api();
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let close = move |_| {
        failure.set(None);
        pending.set(true);
        spawn_local(async move {
            let result = api.close_question(question_id).await;
            pending.set(false);
            match result {
                Ok(question) => on_done.run(question),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="close-title">
            <h2 id="close-title" class="visually-hidden">{tr(RecordText::CloseQuestion)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <p class="field-hint" id="close-hint">{tr(RecordText::CloseConfirm)}</p>
            <button
                id="close-question"
                type="button"
                class="button"
                aria-describedby="close-hint"
                disabled=move || pending.get()
                on:click=close
            >
                {tr(RecordText::CloseQuestion)}
            </button>
        </section>
    }
}
