use hgcs_domain::api::plans::PlanSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::common::ProgressBar;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Plans with their document number, owner, period and how far they are.
#[component]
pub fn PlanTable(
    plans: Vec<PlanSummary>,
    #[prop(default = "plan-row")] row_test: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    if plans.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NoPlans)}</p> }.into_any();
    }
    let rows = plans
        .into_iter()
        .map(|plan| {
            let (done, total, overdue) = (plan.done_count, plan.task_count, plan.overdue_count);
            let status = plan.status;
            view! {
                <tr data-test=row_test>
                    <td class="nowrap">{tr(PlanText::DocNumberPrefix)} " " {plan.document.label()}
                        {plan.document.issued_on.map(|day| view! { <br /><span class="muted">{format::date(day)}</span> })}
                    </td>
                    <td><A href=format!("/plans/{}", plan.id)>{plan.title}</A></td>
                    <td>{plan.unit.name}</td>
                    <td class="nowrap">{format::period(plan.period_start, plan.period_end)}</td>
                    <td>{move || status.label(lang.get())}</td>
                    <td class="cell-progress">
                        <ProgressBar value=plan.progress />
                        <span class="muted">{move || i18n::done_of(lang.get(), done, total)}</span>
                        {(overdue > 0).then(|| view! {
                            <span class="badge badge-danger">{move || i18n::overdue_count(lang.get(), overdue)}</span>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(PlanText::PlanList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(PlanText::ColDocument)}</th>
                        <th scope="col">{tr(PlanText::ColTitle)}</th>
                        <th scope="col">{tr(CommonText::Unit)}</th>
                        <th scope="col">{tr(PlanText::ColPeriod)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(PlanText::ColProgress)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
