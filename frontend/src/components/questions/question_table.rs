use hgcs_domain::api::questions::Question;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, RecordText, text, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Questions, each opening its thread.
#[component]
pub fn QuestionTable(questions: Vec<Question>) -> impl IntoView {
    let lang = use_lang();
    if questions.is_empty() {
        return view! { <p class="empty">{tr(RecordText::NoQuestions)}</p> }.into_any();
    }
    let rows = questions
        .into_iter()
        .map(|question| {
            let status = question.status;
            let answers = question.answers.len();
            view! {
                <tr data-test="question-row">
                    <td><A href=format!("/questions/{}", question.id)>{question.title}</A></td>
                    <td>{question.unit.name}</td>
                    <td class="nowrap">{format::date_time(question.asked_at)}</td>
                    <td>{move || text(lang.get(), i18n::question_status(status))}</td>
                    <td class="nowrap">{answers}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(RecordText::QuestionList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(RecordText::QuestionTitle)}</th>
                        <th scope="col">{tr(RecordText::AskedBy)}</th>
                        <th scope="col">{tr(RecordText::AskedOn)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(RecordText::AnswerCount)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
