use hgcs_domain::api::plans::{PlanSummary, Task};
use hgcs_domain::plan::PartyRole;
use hgcs_domain::schedule::Schedule;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::common::ProgressBar;
use crate::components::plans::party_names;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// What the task is, whose it is, when it is due and how far it is.
#[component]
pub fn TaskHeader(task: Task, plan: PlanSummary) -> impl IntoView {
    let lang = use_lang();
    let (status, overdue) = (task.status, task.overdue);
    let schedule = task.schedule.clone();
    let within = match task.schedule {
        Schedule::Event { within_days, .. } => Some(within_days),
        _ => None,
    };
    let due = match task.due_on {
        Some(day) => view! { <span>{format::date(day)}</span> }.into_any(),
        None => view! { <span class="muted">{tr(PlanText::AwaitingEvent)}</span> }.into_any(),
    };
    let leads = party_names(&task.parties, PartyRole::Lead);
    let partners = party_names(&task.parties, PartyRole::Partner);
    let plan_label = format!("{} – {}", plan.document.label(), plan.title);
    view! {
        <p class="muted">
            {tr(PlanText::TaskOf)} ": "
            <A href=format!("/plans/{}", plan.id) attr:data-test="task-plan-link">{plan_label}</A>
        </p>
        <h1 data-test="task-title"><span class="mono">{task.code}</span> " " {task.title}</h1>
        <section class="card">
            {(!task.description.trim().is_empty()).then(|| view! { <p class="prose">{task.description}</p> })}
            <dl class="facts">
                <dt>{tr(PlanText::ColLead)}</dt>
                <dd>{leads}</dd>
                <dt>{tr(PlanText::ColPartners)}</dt>
                <dd>{partners}</dd>
                <dt>{tr(PlanText::ColSchedule)}</dt>
                <dd>
                    {move || schedule.label(lang.get())}
                    {within.map(|days| view! { <br /><span class="muted">{move || i18n::event_within(lang.get(), days)}</span> })}
                </dd>
                <dt>{tr(PlanText::ColDue)}</dt>
                <dd data-test="task-due">{due}</dd>
                <dt>{tr(CommonText::Status)}</dt>
                <dd data-test="task-status">
                    {move || status.label(lang.get())}
                    {overdue.then(|| view! { <span class="badge badge-danger" data-test="overdue-badge">{tr(PlanText::Overdue)}</span> })}
                </dd>
                <dt>{tr(PlanText::ColProgress)}</dt>
                <dd class="cell-progress"><ProgressBar value=task.progress /></dd>
            </dl>
        </section>
    }
}
