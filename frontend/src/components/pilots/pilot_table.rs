use hgcs_domain::api::pilots::Pilot;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;

/// Pilot models by year and ward, with their score and where they were
/// replicated. The Justice Office gets the buttons to judge them.
#[component]
pub fn PilotTable(
    mut pilots: Vec<Pilot>,
    can_judge: bool,
    on_evaluate: Callback<Pilot>,
    on_replicate: Callback<Pilot>,
) -> impl IntoView {
    let lang = use_lang();
    if pilots.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NoPilots)}</p> }.into_any();
    }
    pilots.sort_by(|a, b| {
        b.year
            .cmp(&a.year)
            .then_with(|| a.unit.name.cmp(&b.unit.name))
    });
    let rows = pilots
        .into_iter()
        .map(|pilot| {
            let evaluation = match pilot.evaluation.clone() {
                Some(eval) => view! {
                    <strong data-test="pilot-score">{move || i18n::score_total(lang.get(), eval.total, eval.max_total)}</strong>
                    <br /><span class="prose">{eval.conclusion}</span><br />
                    {tr(if eval.recommend_replication { PlanText::Recommend } else { PlanText::NotRecommended })}
                }
                .into_any(),
                None => view! { <span class="muted">{tr(PlanText::NotEvaluated)}</span> }.into_any(),
            };
            let replications = if pilot.replications.is_empty() {
                view! { <span class="muted">{tr(PlanText::NotReplicated)}</span> }.into_any()
            } else {
                let items = pilot.replications.iter().cloned().map(|rep| view! {
                    <li data-test="pilot-replication">
                        {rep.unit.name} " – " {tr(PlanText::DocNumberPrefix)} " " {move || i18n::document(lang.get(), &rep.decision)}
                    </li>
                }).collect_view();
                view! { <ul class="links">{items}</ul> }.into_any()
            };
            let (for_eval, for_rep) = (pilot.clone(), pilot.clone());
            view! {
                <tr data-test="pilot-row">
                    <td>{pilot.year}</td>
                    <td>{pilot.unit.name}</td>
                    <td><strong>{pilot.name}</strong><br /><span class="prose muted">{pilot.description}</span></td>
                    <td>{evaluation}</td>
                    <td>{replications}</td>
                    {can_judge.then(|| view! {
                        <td class="actions">
                            <button type="button" class="button button-small" data-test="evaluate-pilot" on:click=move |_| on_evaluate.run(for_eval.clone())>{tr(PlanText::Evaluation)}</button>
                            <button type="button" class="button button-small" data-test="replicate-pilot" on:click=move |_| on_replicate.run(for_rep.clone())>{tr(PlanText::Replication)}</button>
                        </td>
                    })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(PlanText::PilotList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(PlanText::Year)}</th>
                        <th scope="col">{tr(CommonText::Unit)}</th>
                        <th scope="col">{tr(PlanText::PilotName)}</th>
                        <th scope="col">{tr(PlanText::Evaluation)}</th>
                        <th scope="col">{tr(PlanText::Replication)}</th>
                        {can_judge.then(|| view! { <th scope="col">{tr(CommonText::Actions)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
