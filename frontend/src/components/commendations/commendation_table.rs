use hgcs_domain::api::pilots::Commendation;
use hgcs_domain::plan::CommendationStatus;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{CommonText, PlanText, tr};
use crate::state::use_lang;

/// Nominations with their grounds, the award proposed and the city's
/// decision. The Justice Office may decide those still proposed.
#[component]
pub fn CommendationTable(
    items: Vec<Commendation>,
    can_decide: bool,
    on_decide: Callback<Commendation>,
) -> impl IntoView {
    let lang = use_lang();
    if items.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NoCommendations)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|item| {
            let decision = item.decision.clone().map(|doc| view! {
                <span class="nowrap" data-test="commendation-decision">
                    {tr(PlanText::DocNumberPrefix)} " " {move || i18n::document(lang.get(), &doc)}
                </span>
            });
            let open = item.status == CommendationStatus::Proposed;
            let target = item.clone();
            view! {
                <tr data-test="commendation-row" class=format!("status-{}", item.status)>
                    <td>{item.year}</td>
                    <td>{item.unit.name}</td>
                    <td>{tr(i18n::nominee_kind(item.nominee_kind))}</td>
                    <td><strong>{item.nominee_name}</strong></td>
                    <td class="prose">{item.grounds}</td>
                    <td>{tr(i18n::level(item.proposed_level))}</td>
                    <td data-test="commendation-status">{tr(i18n::commendation_status(item.status))}</td>
                    <td>{decision}{(!item.decision_note.is_empty()).then(|| view! { <br /><span class="muted prose">{item.decision_note}</span> })}</td>
                    {can_decide.then(|| view! {
                        <td class="actions">
                            {open.then(|| view! {
                                <button type="button" class="button button-small" data-test="decide-commendation" on:click=move |_| on_decide.run(target.clone())>
                                    {tr(PlanText::Decide)}
                                </button>
                            })}
                        </td>
                    })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(PlanText::CommendationList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(PlanText::Year)}</th>
                        <th scope="col">{tr(PlanText::NominatedBy)}</th>
                        <th scope="col">{tr(PlanText::NomineeKind)}</th>
                        <th scope="col">{tr(PlanText::NomineeName)}</th>
                        <th scope="col">{tr(PlanText::Grounds)}</th>
                        <th scope="col">{tr(PlanText::Level)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(PlanText::Decision)}</th>
                        {can_decide.then(|| view! { <th scope="col">{tr(CommonText::Actions)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
