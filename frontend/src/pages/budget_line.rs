use hgcs_domain::BudgetLineId;
use hgcs_domain::api::budget::{BudgetLine, BudgetLineDetail};
use hgcs_domain::text::thousands;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::budget::{ClaimsToBook, EditLine, SpendingForm, SpendingTable, VoucherForm};
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::i18n::{BudgetText, tr};
use crate::state::use_lang;

/// A budget line: what was allocated, spent and is left, its spending
/// with vouchers, and for its keeper the forms that add to it.
#[component]
pub fn BudgetLinePage() -> impl IntoView {
    let api = use_api();
    let line = use_detail(move |id: BudgetLineId| async move { api.budget_line(id).await });
    let notice = Announcement::new();
    let changed = Changed {
        recorded: notice.and_reload(BudgetText::SpendingRecorded, line),
        attached: notice.and_reload(BudgetText::VouchersAttached, line),
        booked: notice.and_reload(BudgetText::ClaimsBooked, line),
        removed: notice.and_reload(BudgetText::Removed, line),
        edited: notice.and_reload(BudgetText::LineChanged, line),
    };
    view! {
        <Announced notice=notice />
        <Loaded resource=line let:detail>
            <LineView detail=detail changed=changed />
        </Loaded>
    }
}

/// What the page does once one of its forms has saved.
#[derive(Clone, Copy)]
struct Changed {
    recorded: Callback<BudgetLineDetail>,
    attached: Callback<BudgetLineDetail>,
    booked: Callback<BudgetLineDetail>,
    removed: Callback<()>,
    edited: Callback<BudgetLine>,
}

/// The line's task, source and figures.
#[component]
fn LineFacts(line: BudgetLine, plan: String) -> impl IntoView {
    let lang = use_lang();
    let source = line.source;
    let task = match line.task {
        Some(task) => format!("{} {}", task.code, task.title).into_any(),
        None => tr(BudgetText::PlanOwn).into_any(),
    };
    let note = (!line.note.trim().is_empty()).then(|| view! { <p class="prose">{line.note}</p> });
    view! {
        <p class="muted">
            {tr(BudgetText::LineOf)} ": "
            <A href=format!("/plans/{}", line.plan_id) attr:data-test="line-plan-link">{plan}</A>
        </p>
        <h1 data-test="budget-line-title">{line.title}</h1>
        <section class="card">
            {note}
            <dl class="facts">
                <dt>{tr(BudgetText::Task)}</dt>
                <dd>{task}</dd>
                <dt>{tr(BudgetText::Source)}</dt>
                <dd>{move || source.label(lang.get())}</dd>
                <dt>{tr(BudgetText::Allocated)}</dt>
                <dd data-test="line-allocated">{thousands(line.allocated_vnd)}</dd>
                <dt>{tr(BudgetText::Spent)}</dt>
                <dd data-test="line-spent">{thousands(line.spent_vnd)}</dd>
                <dt>{tr(BudgetText::Remaining)}</dt>
                <dd data-test="line-remaining">{thousands(line.remaining_vnd)}</dd>
            </dl>
        </section>
    }
}

#[component]
fn LineView(detail: BudgetLineDetail, changed: Changed) -> impl IntoView {
    let id = detail.line.id;
    let manage = detail.can_manage;
    let vouchers = (manage && !detail.spending.is_empty()).then(|| {
        let spending = detail.spending.clone();
        view! { <VoucherForm spending=spending done=changed.attached /> }
    });
    let claims = (manage && !detail.claims_to_book.is_empty()).then(|| {
        view! { <ClaimsToBook line=id claims=detail.claims_to_book done=changed.booked /> }
    });
    let period = (detail.period_start, detail.period_end);
    let form =
        manage.then(|| view! { <SpendingForm line=id period=period done=changed.recorded /> });
    let edit = manage.then(|| view! { <EditLine line=detail.line.clone() done=changed.edited /> });
    view! {
        <LineFacts line=detail.line plan=detail.plan_label />
        {edit}
        <section class="card" aria-labelledby="spending-title">
            <h2 id="spending-title">{tr(BudgetText::Spending)}</h2>
            <SpendingTable spending=detail.spending can_manage=manage removed=changed.removed />
        </section>
        {form}
        {vouchers}
        {claims}
    }
}
