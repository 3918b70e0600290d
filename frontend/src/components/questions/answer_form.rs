use std::future::Future;

use hgcs_domain::api::questions::AnswerInput;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::common::{FormFrame, Submit, SubmitButton, TextArea};
use crate::i18n::RecordText;
use crate::state::use_lang;

/// An answer to a thread: a question (the City Justice Office or a legal
/// partner) or a supervision (the ward or the Justice Office). `send`
/// posts it; `on_done` gets the thread as it now stands.
#[component]
pub fn AnswerForm<T, F, Fut>(send: F, on_done: Callback<T>) -> impl IntoView
where
    T: Send + Sync + 'static,
    F: Fn(AnswerInput) -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let lang = use_lang();
    let body = RwSignal::new(String::new());
    let form = Submit::new();

    let submit = Callback::new(move |()| {
        let typed = AnswerInput {
            body: body.get_untracked(),
        };
        let Some(input) = form.valid(typed.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(send(input), move |thread| on_done.run(thread));
    });

    view! {
        <FormFrame form=form id="answer-title" title=RecordText::PostAnswer on_submit=submit>
            <TextArea id="answer-body" label=RecordText::AnswerBody value=body required=true rows=6 error=form.field("body") />
            <SubmitButton id="post-answer" label=RecordText::PostAnswer form=form />
        </FormFrame>
    }
}
