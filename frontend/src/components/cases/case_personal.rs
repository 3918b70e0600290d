use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{MediationText, tr};

/// The parties, the matter and its outcome, when the caller may see them;
/// otherwise a notice that they are confidential.
#[component]
pub fn CasePersonal(case: Case) -> impl IntoView {
    if !case.personal_data_visible {
        return view! {
            <section class="card notice-private" data-test="personal-hidden" aria-labelledby="personal-hidden">
                <h2 id="personal-hidden">{tr(MediationText::PersonalHidden)}</h2>
                <p>{tr(MediationText::PersonalHiddenText)}</p>
            </section>
        }
        .into_any();
    }
    let parties = case
        .parties
        .unwrap_or_default()
        .into_iter()
        .map(|party| {
            let kind = i18n::party_kind(party.kind);
            view! {
                <tr data-test="party">
                    <td>{party.name}</td>
                    <td>{tr(kind)}</td>
                    <td>{party.birth_year}</td>
                    <td>{party.address}</td>
                </tr>
            }
        })
        .collect_view();
    let invited = case.invited.unwrap_or_default();
    let proposed_by = case.proposed_by.filter(|p| !p.is_empty());
    view! {
        <section class="card" aria-labelledby="case-matter">
            <h2 id="case-matter">{tr(MediationText::Summary)}</h2>
            <p class="prose" data-test="case-summary">{case.summary}</p>
            {proposed_by.map(|who| view! {
                <p><strong>{tr(MediationText::ProposedBy)}": "</strong>{who}</p>
            })}
            <h3>{tr(MediationText::Parties)}</h3>
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{tr(MediationText::Parties)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(MediationText::PartyName)}</th>
                            <th scope="col">{tr(MediationText::PartyKind)}</th>
                            <th scope="col">{tr(MediationText::BirthYear)}</th>
                            <th scope="col">{tr(MediationText::PartyAddress)}</th>
                        </tr>
                    </thead>
                    <tbody>{parties}</tbody>
                </table>
            </div>
            {(!invited.is_empty()).then(|| view! {
                <h3>{tr(MediationText::Invited)}</h3>
                <ul>{invited.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
            })}
            {case.outcome.filter(|o| !o.is_empty()).map(|outcome| view! {
                <h3>{tr(MediationText::Outcome)}</h3>
                <p class="prose" data-test="case-outcome">{outcome}</p>
            })}
        </section>
    }
    .into_any()
}
