use hgcs_domain::api::pilots::Commendation;
use hgcs_domain::plan::CommendationStatus;
use leptos::prelude::*;

use crate::i18n::{Msg, Pl, tr};
use crate::labels;
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
        return view! { <p class="empty">{tr(Pl::NoCommendations)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|item| {
            let decision = item.decision.clone().map(|doc| view! {
                <span class="nowrap" data-test="commendation-decision">
                    {tr(Pl::DocNumberPrefix)} " " {move || labels::document(lang.get(), &doc)}
                </span>
            });
            let open = item.status == CommendationStatus::Proposed;
            let target = item.clone();
            view! {
                <tr data-test="commendation-row" class=format!("status-{}", item.status)>
                    <td>{item.year}</td>
                    <td>{item.unit.name}</td>
                    <td>{tr(labels::nominee_kind(item.nominee_kind))}</td>
                    <td><strong>{item.nominee_name}</strong></td>
                    <td class="prose">{item.grounds}</td>
                    <td>{tr(labels::level(item.proposed_level))}</td>
                    <td data-test="commendation-status">{tr(labels::commendation_status(item.status))}</td>
                    <td>{decision}{(!item.decision_note.is_empty()).then(|| view! { <br /><span class="muted prose">{item.decision_note}</span> })}</td>
                    {can_decide.then(|| view! {
                        <td class="actions">
                            {open.then(|| view! {
                                <button type="button" class="button button-small" data-test="decide-commendation" on:click=move |_| on_decide.run(target.clone())>
                                    {tr(Pl::Decide)}
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
                <caption class="visually-hidden">{tr(Pl::CommendationList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Pl::Year)}</th>
                        <th scope="col">{tr(Pl::NominatedBy)}</th>
                        <th scope="col">{tr(Pl::NomineeKind)}</th>
                        <th scope="col">{tr(Pl::NomineeName)}</th>
                        <th scope="col">{tr(Pl::Grounds)}</th>
                        <th scope="col">{tr(Pl::Level)}</th>
                        <th scope="col">{tr(Msg::Status)}</th>
                        <th scope="col">{tr(Pl::Decision)}</th>
                        {can_decide.then(|| view! { <th scope="col">{tr(Msg::Actions)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
