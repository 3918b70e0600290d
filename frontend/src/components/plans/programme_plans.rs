use chrono::Datelike;
use hgcs_domain::api::plans::PlanSummary;
use hgcs_domain::api::programmes::{Programme, holding};
use leptos::prelude::*;

use super::plan_table::PlanTable;
use crate::i18n::{TaskEditText, tr};

/// The plans grouped under the programme whose years hold their start,
/// the newest programme first, then the plans of no programme.
#[component]
pub fn ProgrammePlans(plans: Vec<PlanSummary>, programmes: Vec<Programme>) -> impl IntoView {
    if plans.is_empty() {
        return view! { <PlanTable plans=plans /> }.into_any();
    }
    let mut groups: Vec<(Option<Programme>, Vec<PlanSummary>)> = Vec::new();
    for plan in plans {
        let programme = holding(&programmes, plan.period_start.year()).cloned();
        match groups.iter_mut().find(|(held, _)| *held == programme) {
            Some((_, members)) => members.push(plan),
            None => groups.push((programme, vec![plan])),
        }
    }
    groups.sort_by_key(|(programme, _)| {
        std::cmp::Reverse(programme.as_ref().map_or(i32::MIN, |p| p.first_year))
    });
    let only_others = groups.len() == 1 && groups[0].0.is_none();
    groups
        .into_iter()
        .map(|(programme, members)| {
            let heading = match &programme {
                Some(p) => view! {
                    <h3 data-test="programme-heading">
                        {p.name.clone()} " (" {p.decision.clone()} ", " {tr(TaskEditText::ProgrammeYears)} " "
                        {format!("{}–{}", p.first_year, p.last_year)} ")"
                    </h3>
                }
                .into_any(),
                None if only_others => ().into_any(),
                None => view! { <h3>{tr(TaskEditText::OtherPlans)}</h3> }.into_any(),
            };
            view! {
                <div class="plan-group">
                    {heading}
                    <PlanTable plans=members />
                </div>
            }
        })
        .collect_view()
        .into_any()
}
