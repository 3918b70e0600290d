use hgcs_domain::Role;
use hgcs_domain::api::questions::Question;
use hgcs_domain::mediation::QuestionStatus;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::questions::{
    AnswerForm, AnswerList, AttachForm, CloseButton, QuestionHeader,
};
use crate::i18n::{CommonText, RecordText, tr};
use crate::state::use_app;

#[component]
pub fn QuestionDetailPage() -> impl IntoView {
    let api = use_api();
    let question = use_detail(move |id: i64| async move { api.question(id).await });
    let notice = Announcement::new();
    let announce = move |msg: RecordText| notice.and_reload(msg, question);
    let callbacks = Callbacks {
        answered: announce(RecordText::AnswerPosted),
        closed: announce(RecordText::QuestionClosed),
        attached: announce(RecordText::FilesAttached),
    };
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/questions">{tr(RecordText::NavQuestions)}</A></li>
            </ol>
        </nav>
        <Announced notice=notice />
        <Loaded resource=question let:question>
            <QuestionView question=question callbacks=callbacks />
        </Loaded>
    }
}

/// What the thread's forms report back.
#[derive(Clone, Copy)]
struct Callbacks {
    answered: Callback<Question>,
    closed: Callback<Question>,
    attached: Callback<Question>,
}

/// The question, its answers, and what the caller may do with it: answer
/// (city justice, legal partners), attach files (the asking ward while
/// open), close.
#[component]
fn QuestionView(question: Question, callbacks: Callbacks) -> impl IntoView {
    let app = use_app();
    let api = use_api();
    let id = question.id;
    let open = question.status == QuestionStatus::Open;
    let asker = app.session.with_untracked(|session| {
        session
            .user()
            .is_some_and(|me| me.role == Role::WardOfficial && me.unit.id == question.unit.id)
    });
    let (can_answer, can_close) = (question.can_answer, question.can_close);
    let answers = question.answers.clone();
    view! {
        <QuestionHeader question=question />
        {(open && asker).then(|| view! { <AttachForm question_id=id on_done=callbacks.attached /> })}
        <section class="card" aria-labelledby="answers-title">
            <h2 id="answers-title">{tr(RecordText::Answers)}</h2>
            <AnswerList answers=answers />
        </section>
        {can_answer.then(|| view! {
            <AnswerForm
                send=move |input| async move { api.answer_question(id, &input).await }
                on_done=callbacks.answered
            />
        })}
        {can_close.then(|| view! { <CloseButton question_id=id on_done=callbacks.closed /> })}
    }
}
