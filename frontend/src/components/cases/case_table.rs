use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{MediationText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Cases, newest received first. List items never carry personal data.
#[component]
pub fn CaseTable(cases: Signal<Vec<Case>>) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        cases
            .get()
            .into_iter()
            .map(|case| {
                let (kind, state, overdue) = (case.kind, case.state, case.start_overdue);
                let entry = i18n::entry_no(case.entry_no, case.received_on);
                let mediators = case
                    .mediators
                    .iter()
                    .map(|m| m.full_name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <tr data-test="case-row" class=if overdue { "row-overdue" } else { "" }>
                        <td class="nowrap"><A href=format!("/cases/{}", case.id)>{entry}</A></td>
                        <td class="nowrap">{format::date(case.received_on)}</td>
                        <td>{case.team_name}<br /><span class="muted">{case.unit.name}</span></td>
                        <td>{move || kind.label(lang.get())}</td>
                        <td>
                            {move || state.label(lang.get())}
                            {overdue.then(|| view! {
                                <span class="badge badge-danger" data-test="start-overdue">{tr(MediationText::StartOverdue)}</span>
                            })}
                        </td>
                        <td>
                            {if mediators.is_empty() {
                                view! { <span class="muted">{tr(MediationText::NotAssigned)}</span> }.into_any()
                            } else {
                                view! { <span>{mediators}</span> }.into_any()
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(MediationText::CaseList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::EntryNo)}</th>
                        <th scope="col">{tr(MediationText::ReceivedOn)}</th>
                        <th scope="col">{tr(MediationText::Team)}</th>
                        <th scope="col">{tr(MediationText::Kind)}</th>
                        <th scope="col">{tr(MediationText::State)}</th>
                        <th scope="col">{tr(MediationText::Mediators)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
