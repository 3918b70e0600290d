use hgcs_domain::api::mediation::Mediator;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n;
use crate::i18n::{CommonText, MediationText, tr};

/// Who the mediator is, and whether they still serve.
#[component]
pub fn MediatorDetails(mediator: Mediator) -> impl IntoView {
    let summary = mediator.summary;
    let sex = i18n::sex(summary.sex);
    let education = i18n::education(mediator.education);
    view! {
        <h1>
            {summary.full_name}
            {summary.is_leader.then(|| view! { <span class="badge badge-brand">{tr(MediationText::Leader)}</span> })}
            {(!summary.active).then(|| view! { <span class="badge badge-muted">{tr(MediationText::MemberLeft)}</span> })}
        </h1>
        <section class="card" aria-labelledby="mediator-facts">
            <h2 id="mediator-facts">{tr(MediationText::Profile)}</h2>
            <dl class="facts">
                <dt>{tr(MediationText::Sex)}</dt>
                <dd>{tr(sex)}</dd>
                <dt>{tr(MediationText::BirthYear)}</dt>
                <dd>{summary.birth_year}</dd>
                <dt>{tr(MediationText::Ethnicity)}</dt>
                <dd>{summary.ethnicity}</dd>
                <dt>{tr(MediationText::Education)}</dt>
                <dd>{tr(education)}</dd>
                <dt>{tr(MediationText::Occupation)}</dt>
                <dd>{mediator.occupation}</dd>
                {(!mediator.phone.is_empty()).then(|| view! {
                    <dt>{tr(MediationText::Phone)}</dt>
                    <dd>{mediator.phone}</dd>
                })}
                {mediator.team_id.map(|team| view! {
                    <dt>{tr(MediationText::OfTeam)}</dt>
                    <dd><A href=format!("/teams/{team}")>{tr(MediationText::NavTeams)}</A></dd>
                })}
                <dt>{tr(CommonText::Status)}</dt>
                <dd>
                    {if summary.active { tr(CommonText::Active)() } else { tr(MediationText::MemberLeft)() }}
                </dd>
            </dl>
        </section>
    }
}
