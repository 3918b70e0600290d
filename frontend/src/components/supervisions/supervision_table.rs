use hgcs_domain::api::supervisions::Supervision;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{CommonText, SupervisionText, tr};
use crate::state::use_lang;

/// What a supervision looked at, in words: the team's name, the task's
/// code and title, or the unit's name.
pub fn supervised_name(supervision: &Supervision) -> String {
    if let Some(team) = &supervision.team {
        return team.name.clone();
    }
    if let Some(task) = &supervision.task {
        return format!("{} {}", task.code, task.title);
    }
    supervision.unit.name.clone()
}

/// Supervisions, each opening its thread.
#[component]
pub fn SupervisionTable(supervisions: Vec<Supervision>) -> impl IntoView {
    let lang = use_lang();
    let rows = supervisions
        .into_iter()
        .map(|supervision| {
            let (subject, status) = (supervision.subject, supervision.status);
            let name = supervised_name(&supervision);
            view! {
                <tr data-test="supervision-row">
                    <td class="nowrap">{format::date(supervision.supervised_on)}</td>
                    <td>{move || subject.label(lang.get())}</td>
                    <td><A href=format!("/supervisions/{}", supervision.id)>{name}</A></td>
                    <td>{supervision.unit.name}</td>
                    <td>{supervision.organisation_name.unwrap_or(supervision.recorded_by_name)}</td>
                    <td data-test="supervision-status">{move || status.label(lang.get())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(SupervisionText::List)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(SupervisionText::SupervisedOn)}</th>
                        <th scope="col">{tr(SupervisionText::Subject)}</th>
                        <th scope="col">{tr(CommonText::ColName)}</th>
                        <th scope="col">{tr(CommonText::Unit)}</th>
                        <th scope="col">{tr(SupervisionText::RecordedBy)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
