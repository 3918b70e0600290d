use hgcs_domain::PlanId;
use hgcs_domain::api::plans::PlanQuery;
use hgcs_domain::api::plans::PlanSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::common::{Loaded, ProgressBar};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;

/// The wards' plans made from a city plan, side by side, so the Justice
/// Office sees who is behind. Nothing shows when no ward has one yet.
#[component]
pub fn WardProgress(plan_id: PlanId) -> impl IntoView {
    let api = use_api();
    let wards = LocalResource::new(move || async move {
        let filter = PlanQuery {
            parent_plan_id: Some(plan_id),
            ..PlanQuery::default()
        };
        api.plans(&filter).await
    });
    view! {
        <Loaded resource=wards let:plans>
            {(!plans.is_empty()).then(|| view! { <WardTable plans=plans /> })}
        </Loaded>
    }
}

#[component]
fn WardTable(mut plans: Vec<PlanSummary>) -> impl IntoView {
    let lang = use_lang();
    plans.sort_by(|a, b| a.unit.name.cmp(&b.unit.name));
    let rows = plans
        .into_iter()
        .map(|plan| {
            let (done, total, overdue) = (plan.done_count, plan.task_count, plan.overdue_count);
            let late = overdue > 0;
            view! {
                <tr data-test="ward-plan-row" class:row-overdue=late>
                    <th scope="row"><A href=format!("/plans/{}", plan.id)>{plan.unit.name}</A></th>
                    <td class="cell-progress"><ProgressBar value=plan.progress /></td>
                    <td>{move || i18n::done_of(lang.get(), done, total)}</td>
                    <td>{(overdue > 0).then(|| view! {
                        <span class="badge badge-danger">{move || i18n::overdue_count(lang.get(), overdue)}</span>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="ward-progress">
            <h2 id="ward-progress">{tr(PlanText::WardProgress)}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(CommonText::Unit)}</th>
                            <th scope="col">{tr(PlanText::ColProgress)}</th>
                            <th scope="col">{tr(PlanText::ColDone)}</th>
                            <th scope="col">{tr(PlanText::Overdue)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
