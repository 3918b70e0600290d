use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, MediationText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// What the case is, where it stands, who mediates it, and its flags
/// (violence and offences must be escalated).
#[component]
pub fn CaseHeader(case: Case) -> impl IntoView {
    let lang = use_lang();
    let (kind, state, no, received) = (case.kind, case.state, case.entry_no, case.received_on);
    let group = i18n::case_group(case.group);
    let start = i18n::case_start(case.start);
    let flagged = case.risk_of_violence || case.signs_of_offence;
    let mediators = case
        .mediators
        .into_iter()
        .map(|m| {
            view! {
                <li><A href=format!("/mediators/{}", m.id)>{m.full_name}</A></li>
            }
        })
        .collect_view();
    view! {
        <h1>{move || i18n::case_title(lang.get(), no, received)}</h1>
        <section class="card" aria-labelledby="case-facts">
            <h2 id="case-facts" class="visually-hidden">{tr(CommonText::Details)}</h2>
            <p class="case-state">
                <span class="badge badge-brand" data-test="case-state">{move || state.label(lang.get())}</span>
                {case.start_overdue.then(|| view! {
                    <span class="badge badge-danger" data-test="start-overdue">{tr(MediationText::StartOverdue)}</span>
                })}
            </p>
            <dl class="facts">
                <dt>{tr(MediationText::Kind)}</dt>
                <dd data-test="case-kind">{move || kind.label(lang.get())}</dd>
                <dt>{tr(MediationText::Group)}</dt>
                <dd>{tr(group)}</dd>
                <dt>{tr(MediationText::Team)}</dt>
                <dd>
                    <A href=format!("/teams/{}", case.team_id)>{case.team_name}</A>
                    " – " {case.unit.name}
                </dd>
                <dt>{tr(MediationText::ReceivedOn)}</dt>
                <dd>{format::date(received)}</dd>
                <dt>{tr(MediationText::Start)}</dt>
                <dd>{tr(start)}</dd>
                {case.assigned_on.map(|on| view! {
                    <dt>{tr(MediationText::AssignedAt)}</dt>
                    <dd>{format::date(on)}</dd>
                })}
                {case.closed_on.map(|day| view! {
                    <dt>{tr(MediationText::ClosedOn)}</dt>
                    <dd>{format::date(day)}</dd>
                })}
                <dt>{tr(MediationText::Mediators)}</dt>
                <dd>
                    <ul class="plain-list">{mediators}</ul>
                    {case.assigned_at.is_none().then(|| view! { <span class="muted">{tr(MediationText::NotAssigned)}</span> })}
                </dd>
            </dl>
            {(flagged || case.public_session).then(|| view! {
                <div class=if flagged { "flags flags-danger" } else { "flags" } data-test="case-flags">
                    {case.risk_of_violence.then(|| view! { <span class="badge badge-danger">{tr(MediationText::RiskOfViolence)}</span> })}
                    {case.signs_of_offence.then(|| view! { <span class="badge badge-danger">{tr(MediationText::SignsOfOffence)}</span> })}
                    {case.public_session.then(|| view! { <span class="badge badge-brand">{tr(MediationText::PublicSession)}</span> })}
                    {flagged.then(|| view! { <p class="flags-note">{tr(MediationText::Escalate)}</p> })}
                </div>
            })}
        </section>
    }
}
