use hgcs_domain::api::questions::Question;
use leptos::prelude::*;

use crate::api::question_file_url;
use crate::i18n::{RecordText, text, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// The question: who asked and when, its state, the facts and the files.
#[component]
pub fn QuestionHeader(question: Question) -> impl IntoView {
    let lang = use_lang();
    let status = question.status;
    let no_files = question.files.is_empty();
    let files = question
        .files
        .into_iter()
        .map(|file| {
            let size = file.size_bytes as f64;
            let name = file.file_name.clone();
            view! {
                <li>
                    <a href=question_file_url(file.id) download=name data-test="question-file">{file.file_name}</a>
                    <span class="muted">" (" {move || i18n::megabytes(lang.get(), size)} ")"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{question.title}</h1>
        <section class="card" aria-labelledby="question-facts">
            <p class="case-state">
                <span class="badge badge-brand" data-test="question-status">
                    {move || text(lang.get(), i18n::question_status(status))}
                </span>
            </p>
            <dl class="facts">
                <dt>{tr(RecordText::AskedBy)}</dt>
                <dd>{question.unit.name}</dd>
                <dt>{tr(RecordText::AskedOn)}</dt>
                <dd>{format::date_time(question.asked_at)}</dd>
            </dl>
            <h2 id="question-facts">{tr(RecordText::Facts)}</h2>
            <p class="prose" data-test="question-facts">{question.facts}</p>
            <div class="evidence">
                <p class="evidence-title">{tr(RecordText::Attachments)}</p>
                <ul class="links">{files}</ul>
                {no_files.then(|| view! { <p class="muted">{tr(RecordText::NoAttachments)}</p> })}
            </div>
        </section>
    }
}
