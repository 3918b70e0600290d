use hgcs_domain::api::questions::{AnswerInput, Question};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton, TextArea};
use crate::i18n::RecordText;
use crate::state::use_lang;

/// An answer from the City Justice Office or a legal partner.
#[component]
pub fn AnswerForm(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
    let api = use_api();
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
        form.send(
            async move { api.answer_question(question_id, &input).await },
            move |question| on_done.run(question),
        );
    });

    view! {
        <FormFrame form=form id="answer-title" title=RecordText::PostAnswer on_submit=submit>
            <TextArea id="answer-body" label=RecordText::AnswerBody value=body required=true rows=6 error=form.field("body") />
            <SubmitButton id="post-answer" label=RecordText::PostAnswer form=form />
        </FormFrame>
    }
}
