use hgcs_domain::api::questions::QuestionQuery;
use hgcs_domain::mediation::QuestionStatus;
use leptos::prelude::*;

use crate::components::common::SelectField;
use crate::i18n;
use crate::i18n::{CommonText, RecordText, text, tr};
use crate::state::use_lang;

/// Words to look for (accents optional; the server folds them) and the
/// state of the thread.
#[component]
pub fn QuestionFilters(on_search: Callback<QuestionQuery>) -> impl IntoView {
    let lang = use_lang();
    let words = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let options = Signal::derive(move || {
        let lang = lang.get();
        QuestionStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    text(lang, i18n::question_status(*s)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let search = move || {
        let q = words.get_untracked().trim().to_owned();
        on_search.run(QuestionQuery {
            q: (!q.is_empty()).then_some(q),
            status: QuestionStatus::parse(&status.get_untracked()),
            ..QuestionQuery::default()
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        search();
    };
    let clear = move |_| {
        words.set(String::new());
        status.set(String::new());
        search();
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <div class="field">
                <label for="question-search">{tr(RecordText::SearchQuestions)}</label>
                <input
                    id="question-search"
                    name="q"
                    type="search"
                    autocomplete="off"
                    aria-describedby="question-search-hint"
                    bind:value=words
                />
                <p class="field-hint" id="question-search-hint">{tr(RecordText::AccentsIgnored)}</p>
            </div>
            <SelectField id="question-status" label=CommonText::Status value=status options=options empty=RecordText::AllQuestions />
            <div class="filter-actions">
                <button id="search-questions" type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
                <button type="button" class="button" on:click=clear>{tr(CommonText::Clear)}</button>
            </div>
        </form>
    }
}
