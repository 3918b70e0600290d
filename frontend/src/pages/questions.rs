use hgcs_domain::Role;
use hgcs_domain::api::questions::{Question, QuestionQuery};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::{PAGE_SIZE, use_api};
use crate::components::common::{PagedList, Pages};
use crate::components::questions::{QuestionFilters, QuestionForm, QuestionTable};
use crate::i18n::{RecordText, tr};
use crate::state::has_role;

/// Questions on difficult cases: searchable guidance for everyone, and a
/// form for the ward officials who ask.
#[component]
pub fn QuestionsPage() -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let can_ask = has_role(&[Role::WardOfficial]);
    let query = RwSignal::new(QuestionQuery::default());
    let questions = Pages::new(move |cursor| {
        let query = QuestionQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..query.get_untracked()
        };
        async move {
            let page = api.questions(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_search = Callback::new(move |new_query: QuestionQuery| {
        query.set(new_query);
        questions.reload();
    });
    let on_created = Callback::new(move |question: Question| {
        navigate(
            &format!("/questions/{}", question.id),
            NavigateOptions::default(),
        );
    });
    view! {
        <h1>{tr(RecordText::NavQuestions)}</h1>
        <p>{tr(RecordText::QuestionsIntro)}</p>
        <section class="card" aria-labelledby="question-list">
            <h2 id="question-list">{tr(RecordText::QuestionList)}</h2>
            <QuestionFilters on_search=on_search />
            <PagedList pages=questions more_id="questions-more" empty=RecordText::NoQuestions>
                {move || view! { <QuestionTable questions=questions.items().get() /> }}
            </PagedList>
        </section>
        <Show when=move || can_ask.get()>
            <QuestionForm on_created=on_created />
        </Show>
    }
}
