use chrono::Datelike;
use hgcs_domain::PlanId;
use hgcs_domain::api::plans::Plan;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::common::{Loaded, ProgressBar, use_detail};
use crate::components::plans::{
    DocumentHeader, DutiesSection, LegalBasis, NextYearAction, PurposeSection, QuarterTimeline,
    SignerBlock, TaskTable, WardPlanAction, WardProgress,
};
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

#[component]
pub fn PlanDetailPage() -> impl IntoView {
    let api = use_api();
    let plan = use_detail(move |id: PlanId| async move { api.plan(id).await });
    let reload = Callback::new(move |()| plan.refetch());
    view! {
        <Loaded resource=plan let:plan>
            <PlanView plan=plan reload=reload />
        </Loaded>
    }
}

/// The plan laid out as the printed document, with its tasks as a table and
/// a timeline, and how the wards' own plans are getting on.
#[component]
fn PlanView(plan: Plan, reload: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let summary = plan.summary.clone();
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
        </section>
        <LegalBasis documents=plan.legal_basis />
        <PurposeSection purpose=plan.purpose requirements=plan.requirements />
        <section class="card" aria-labelledby="plan-tasks">
            <h2 id="plan-tasks">{tr(PlanText::TasksHeading)}</h2>
            <TaskTable tasks=plan.tasks.clone() />
        </section>
        <section class="card" aria-labelledby="plan-timeline">
            <h2 id="plan-timeline">{tr(PlanText::Timeline)}</h2>
            <QuarterTimeline tasks=plan.tasks first_year=first_year last_year=last_year />
        </section>
        <WardProgress plan_id=summary.id />
        <DutiesSection duties=plan.duties funding=plan.funding />
        <SignerBlock title=plan.signer_title name=plan.signer_name />
    }
}
