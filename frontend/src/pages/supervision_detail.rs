use hgcs_domain::SupervisionId;
use hgcs_domain::api::supervisions::Supervision;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::questions::{AnswerForm, AnswerList};
use crate::components::supervisions::SupervisionFacts;
use crate::i18n::{CommonText, SupervisionText, tr};

#[component]
pub fn SupervisionDetailPage() -> impl IntoView {
    let api = use_api();
    let supervision = use_detail(move |id: SupervisionId| async move { api.supervision(id).await });
    let notice = Announcement::new();
    let answered = notice.and_reload(SupervisionText::AnswerPosted, supervision);
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/supervisions">{tr(SupervisionText::NavSupervision)}</A></li>
            </ol>
        </nav>
        <Announced notice=notice />
        <Loaded resource=supervision let:supervision>
            <SupervisionView supervision=supervision answered=answered />
        </Loaded>
    }
}

/// The record, its answers, and the answer form for the ward or the
/// Justice Office.
#[component]
fn SupervisionView(supervision: Supervision, answered: Callback<Supervision>) -> impl IntoView {
    let api = use_api();
    let id = supervision.id;
    let answers = supervision.answers.clone();
    let form = supervision.can_answer.then(|| {
        view! {
            <AnswerForm
                send=move |input| async move { api.answer_supervision(id, &input).await }
                on_done=answered
            />
        }
    });
    view! {
        <SupervisionFacts supervision=supervision />
        <section class="card" aria-labelledby="answers-title">
            <h2 id="answers-title">{tr(SupervisionText::Answers)}</h2>
            <AnswerList answers=answers />
        </section>
        {form}
    }
}
