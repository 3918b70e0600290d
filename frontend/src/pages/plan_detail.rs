use chrono::Datelike;
use hgcs_domain::PlanId;
use hgcs_domain::api::plans::Plan;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::budget::PlanBudgetSection;
use crate::components::common::{
    Announced, Announcement, Loaded, OpenedBy, ProgressBar, use_detail,
};
use crate::components::plans::{
    DocumentHeader, DutiesSection, LegalBasis, NextYearAction, PlanForm, PlanTasks, PurposeSection,
    QuarterTimeline, SignerBlock, WardPlanAction, WardProgress,
};
use crate::i18n::{CommonText, PlanText, ReviewText, TaskEditText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

#[component]
pub fn PlanDetailPage() -> impl IntoView {
    let api = use_api();
    let plan = use_detail(move |id: PlanId| async move { api.plan(id).await });
    let reload = Callback::new(move |()| plan.refetch());
    let notice = Announcement::new();
    let on_changed = Callback::new(move |what: TaskEditText| {
        notice.say(what);
        plan.refetch();
    });
    view! {
        <Announced notice=notice />
        <Loaded resource=plan let:plan>
            <PlanView plan=plan reload=reload on_changed=on_changed />
        </Loaded>
    }
}

/// For whoever manages the plan: a button that opens the plan's own
/// fields for editing.
#[component]
fn PlanEdit(plan: Plan, on_changed: Callback<TaskEditText>) -> impl IntoView {
    let editing = RwSignal::new(false);
    let on_saved = Callback::new(move |_: Plan| {
        editing.set(false);
        on_changed.run(TaskEditText::PlanSaved);
    });
    let on_cancel = Callback::new(move |()| editing.set(false));
    view! {
        <OpenedBy id="edit-plan" label=TaskEditText::EditPlan open=editing>
            <PlanForm plan=plan.clone() on_saved=on_saved on_cancel=on_cancel />
        </OpenedBy>
    }
}

/// The plan laid out as the printed document, with its tasks as a table and
/// a timeline, and how the wards' own plans are getting on.
#[component]
fn PlanView(plan: Plan, reload: Callback<()>, on_changed: Callback<TaskEditText>) -> impl IntoView {
    let lang = use_lang();
    let summary = plan.summary.clone();
    let whole = plan.clone();
    let budget_tasks = plan
        .tasks
        .iter()
        .map(|t| (t.id, format!("{} {}", t.code, t.title)))
        .collect::<Vec<_>>();
    let (done, total, overdue) = (
        summary.done_count,
        summary.task_count,
        summary.overdue_count,
    );
    let status = summary.status;
    let (first_year, last_year) = (summary.period_start.year(), summary.period_end.year());
    view! {
        <DocumentHeader plan=plan.clone() />
        <section class="card plan-facts">
            <dl class="facts">
                <dt>{tr(PlanText::ColPeriod)}</dt>
                <dd>{format::period(summary.period_start, summary.period_end)}</dd>
                <dt>{tr(CommonText::Status)}</dt>
                <dd data-test="plan-status">{move || status.label(lang.get())}</dd>
                <dt>{tr(PlanText::ColProgress)}</dt>
                <dd class="cell-progress">
                    <ProgressBar value=summary.progress />
                    <span class="muted">{move || i18n::done_of(lang.get(), done, total)}</span>
                    {(overdue > 0).then(|| view! {
                        <span class="badge badge-danger">{move || i18n::overdue_count(lang.get(), overdue)}</span>
                    })}
                </dd>
                {summary.parent_plan_id.map(|parent| view! {
                    <dt>{tr(PlanText::ParentPlan)}</dt>
                    <dd><A href=format!("/plans/{parent}") attr:data-test="parent-plan-link">{tr(PlanText::OpenParentPlan)}</A></dd>
                })}
            </dl>
            <WardPlanAction
                plan_id=summary.id
                can_derive=plan.can_derive_ward_plan
                ward_plan_id=plan.ward_plan_id
                on_stale=reload
            />
            {(plan.can_manage && summary.parent_plan_id.is_none())
                .then(|| view! { <NextYearAction plan_id=summary.id /> })}
            {plan.can_manage.then(|| view! { <PlanEdit plan=plan.clone() on_changed=on_changed /> })}
            <p><A href=format!("/plans/{}/review", summary.id) attr:data-test="open-review">{tr(ReviewText::Open)}</A></p>
        </section>
        <LegalBasis documents=plan.legal_basis />
        <PurposeSection purpose=plan.purpose requirements=plan.requirements />
        <PlanTasks plan=whole on_changed=on_changed />
        <section class="card" aria-labelledby="plan-timeline">
            <h2 id="plan-timeline">{tr(PlanText::Timeline)}</h2>
            <QuarterTimeline tasks=plan.tasks first_year=first_year last_year=last_year />
        </section>
        <WardProgress plan_id=summary.id />
        <DutiesSection duties=plan.duties funding=plan.funding />
        <PlanBudgetSection plan_id=summary.id tasks=budget_tasks />
        <SignerBlock title=plan.signer_title name=plan.signer_name />
    }
}
