use hgcs_domain::api::plans::TaskUpdate;
use leptos::prelude::*;

use super::evidence_links::EvidenceLinks;
use crate::components::common::ProgressBar;
use crate::format;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;

/// The reports on a task, newest first, each with its figures and files.
#[component]
pub fn UpdateList(mut updates: Vec<TaskUpdate>) -> impl IntoView {
    let lang = use_lang();
    if updates.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NoUpdates)}</p> }.into_any();
    }
    updates.sort_by_key(|update| std::cmp::Reverse((update.reported_on, update.created_at)));
    let items = updates
        .into_iter()
        .map(|update| {
            let status = update.status;
            let organisation = update
                .author_organisation
                .map(|org| format!(" – {}", org.name));
            let figures = update
                .figures
                .into_iter()
                .map(|figure| view! { <dt>{figure.label}</dt><dd>{figure.value}</dd> })
                .collect_view();
            view! {
                <li class="update" data-test="task-update">
                    <p class="update-meta">
                        <strong>{format::date(update.reported_on)}</strong>
                        " · " <span class="visually-hidden">{tr(PlanText::ReportedBy)} ": "</span>
                        {update.author_name} {organisation}
                    </p>
                    <p class="prose">{update.body}</p>
                    <dl class="facts">
                        {figures}
                        <dt>{tr(CommonText::Status)}</dt>
                        <dd>{move || status.label(lang.get())}</dd>
                        <dt>{tr(PlanText::ColProgress)}</dt>
                        <dd class="cell-progress"><ProgressBar value=update.progress /></dd>
                    </dl>
                    <EvidenceLinks files=update.evidence />
                </li>
            }
        })
        .collect_view();
    view! { <ol class="updates">{items}</ol> }.into_any()
}
