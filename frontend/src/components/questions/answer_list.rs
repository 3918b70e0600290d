use hgcs_domain::api::questions::Answer;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{RecordText, tr};
use crate::state::use_lang;

/// The answers, oldest first, each with who gave it and when.
#[component]
pub fn AnswerList(answers: Vec<Answer>) -> impl IntoView {
    let lang = use_lang();
    if answers.is_empty() {
        return view! { <p class="empty">{tr(RecordText::NoAnswers)}</p> }.into_any();
    }
    let items = answers
        .into_iter()
        .map(|answer| {
            let role = answer.author_role;
            view! {
                <li class="update" data-test="answer">
                    <p class="update-meta">
                        <strong>{answer.author_name}</strong>
                        " (" {move || role.label(lang.get())} ") · "
                        <span class="muted">{format::date_time(answer.at)}</span>
                    </p>
                    <p class="prose">{answer.body}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="updates">{items}</ol> }.into_any()
}
