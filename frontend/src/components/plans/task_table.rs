use hgcs_domain::api::plans::Task;
use hgcs_domain::plan::PartyRole;
use leptos::prelude::*;
use leptos_router::components::A;

use super::parties::names;
use crate::components::common::ProgressBar;
use crate::format;
use crate::i18n::{CommonText, PlanText, TaskEditText, tr};
use crate::state::use_lang;

/// Section II as a table: each task with who leads, who helps, when, and
/// how far it is. Each row opens the task. With `on_move`, each row has
/// buttons that move it up or down (the row's index, `true` for up).
#[component]
pub fn TaskTable(
    tasks: Vec<Task>,
    #[prop(default = None)] on_move: Option<Callback<(usize, bool)>>,
) -> impl IntoView {
    let lang = use_lang();
    if tasks.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NoTasks)}</p> }.into_any();
    }
    let last = tasks.len() - 1;
    let rows = tasks
        .into_iter()
        .enumerate()
        .map(|(index, task)| {
            let mover = on_move.map(|on_move| view! { <MoveButtons index=index last=last on_move=on_move /> });
            let href = format!("/tasks/{}", task.id);
            let (status, overdue) = (task.status, task.overdue);
            let schedule = task.schedule.clone();
            let due = match task.due_on {
                Some(day) => view! { <span>{format::date(day)}</span> }.into_any(),
                None => view! { <span class="muted">{tr(PlanText::AwaitingEvent)}</span> }.into_any(),
            };
            view! {
                <tr data-test="task-row" class:row-overdue=overdue>
                    <td class="mono nowrap">{task.code}</td>
                    <td><A href=href>{task.title}</A></td>
                    <td>{names(&task.parties, PartyRole::Lead)}</td>
                    <td>{names(&task.parties, PartyRole::Partner)}</td>
                    <td>{move || schedule.label(lang.get())}</td>
                    <td class="nowrap">{due}</td>
                    <td>
                        {move || status.label(lang.get())}
                        {overdue.then(|| view! {
                            <span class="badge badge-danger" data-test="overdue-badge">{tr(PlanText::Overdue)}</span>
                        })}
                    </td>
                    <td class="cell-progress"><ProgressBar value=task.progress /></td>
                    {mover}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(PlanText::TasksHeading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(CommonText::ColCode)}</th>
                        <th scope="col">{tr(PlanText::ColTask)}</th>
                        <th scope="col">{tr(PlanText::ColLead)}</th>
                        <th scope="col">{tr(PlanText::ColPartners)}</th>
                        <th scope="col">{tr(PlanText::ColSchedule)}</th>
                        <th scope="col">{tr(PlanText::ColDue)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(PlanText::ColProgress)}</th>
                        {on_move.map(|_| view! { <th scope="col">{tr(TaskEditText::ColOrder)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Up and down, each named for screen readers; the first row has no up,
/// the last no down.
#[component]
fn MoveButtons(index: usize, last: usize, on_move: Callback<(usize, bool)>) -> impl IntoView {
    let button = move |up: bool| {
        let (label, sign) = if up {
            (TaskEditText::MoveUp, "↑")
        } else {
            (TaskEditText::MoveDown, "↓")
        };
        let shown = if up { index > 0 } else { index < last };
        shown.then(|| {
            view! {
                <button type="button" class="button button-small" data-test=if up { "move-up" } else { "move-down" }
                    title=tr(label) aria-label=tr(label) on:click=move |_| on_move.run((index, up))>
                    {sign}
                </button>
            }
        })
    };
    view! { <td class="nowrap">{button(true)}{button(false)}</td> }
}
