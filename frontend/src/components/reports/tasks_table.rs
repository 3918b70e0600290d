use hgcs_domain::api::reports::ReportTask;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::evidence_url;
use crate::format::date;
use crate::i18n::{ReportText, tr};
use crate::state::use_lang;

/// The tasks of the unit's plan as the report holds them: status,
/// progress, due day and the evidence files, each a download.
#[component]
pub fn TasksTable(tasks: Vec<ReportTask>) -> impl IntoView {
    let lang = use_lang();
    if tasks.is_empty() {
        return view! { <p>{tr(ReportText::NoTasks)}</p> }.into_any();
    }
    let rows = tasks
        .into_iter()
        .map(|task| {
            let status = task.status;
            let code = task.code.clone();
            let files = task
                .evidence
                .into_iter()
                .map(|file| view! { <li><a href=evidence_url(file.id) download="">{file.file_name}</a></li> })
                .collect_view();
            view! {
                <tr data-test="report-task" data-code=code>
                    <td class="mono">{task.code}</td>
                    <td><A href=format!("/tasks/{}", task.task_id)>{task.title}</A></td>
                    <td data-test="task-status">{move || status.label(lang.get())}</td>
                    <td class="num">{format!("{} %", task.progress)}</td>
                    <td>{task.due_on.map(date).unwrap_or_default()}</td>
                    <td><ul class="plain-list">{files}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(ReportText::Code)}</th>
                        <th scope="col">{tr(ReportText::Task)}</th>
                        <th scope="col">{tr(ReportText::Status)}</th>
                        <th scope="col">{tr(ReportText::Progress)}</th>
                        <th scope="col">{tr(ReportText::DueOn)}</th>
                        <th scope="col">{tr(ReportText::Evidence)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
