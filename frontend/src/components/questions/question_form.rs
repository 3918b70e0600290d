use hgcs_domain::api::questions::{Question, QuestionInput};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FormFailure, FormFrame, Submit, SubmitButton, TextArea, TextField,
};
use crate::i18n::{RecordText, tr};
use crate::state::use_lang;

/// A ward's question on a difficult case: a title and the facts, without
/// anything that identifies the parties.
#[component]
pub fn QuestionForm(on_created: Callback<Question>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let title = RwSignal::new(String::new());
    let facts = RwSignal::new(String::new());
    let form = Submit::new();

    let submit = Callback::new(move |()| {
        let typed = QuestionInput {
            title: title.get_untracked(),
            facts: facts.get_untracked(),
        };
        let Some(input) = form.valid(typed.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(
            async move { api.ask_question(&input).await },
            move |question| on_created.run(question),
        );
    });

    view! {
        <FormFrame form=form id="ask-title" title=RecordText::NewQuestion own_failure=true on_submit=submit>
            <div class="banner banner-strong field-wide" id="question-anonymise">
                <p class="banner-title">{tr(RecordText::Anonymise)}</p>
            </div>
            <FormFailure form=form />
            <div class="field-wide">
                <TextField id="question-title" label=RecordText::QuestionTitle value=title required=true error=form.field("title") />
            </div>
            <TextArea id="question-facts" label=RecordText::QuestionFacts value=facts required=true rows=8 error=form.field("facts") />
            <SubmitButton id="ask-question" label=RecordText::AskQuestion form=form />
        </FormFrame>
    }
}
