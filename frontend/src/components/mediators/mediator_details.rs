use hgcs_domain::api::mediation::Mediator;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Med, Msg, tr};
use crate::labels;

/// Who the mediator is, and whether they still serve.
#[component]
pub fn MediatorDetails(mediator: Mediator) -> impl IntoView {
    let summary = mediator.summary;
    let sex = labels::sex(summary.sex);
    let education = labels::education(mediator.education);
    view! {
        <h1>
            {summary.full_name}
            {summary.is_leader.then(|| view! { <span class="badge badge-brand">{tr(Med::Leader)}</span> })}
            {(!summary.active).then(|| view! { <span class="badge badge-muted">{tr(Med::MemberLeft)}</span> })}
        </h1>
        <section class="card" aria-labelledby="mediator-facts">
            <h2 id="mediator-facts">{tr(Med::Profile)}</h2>
            <dl class="facts">
                <dt>{tr(Med::Sex)}</dt>
                <dd>{tr(sex)}</dd>
                <dt>{tr(Med::BirthYear)}</dt>
                <dd>{summary.birth_year}</dd>
                <dt>{tr(Med::Ethnicity)}</dt>
                <dd>{summary.ethnicity}</dd>
                <dt>{tr(Med::Education)}</dt>
                <dd>{tr(education)}</dd>
                <dt>{tr(Med::Occupation)}</dt>
                <dd>{mediator.occupation}</dd>
                {(!mediator.phone.is_empty()).then(|| view! {
                    <dt>{tr(Med::Phone)}</dt>
                    <dd>{mediator.phone}</dd>
                })}
                {mediator.team_id.map(|team| view! {
                    <dt>{tr(Med::OfTeam)}</dt>
                    <dd><A href=format!("/teams/{team}")>{tr(Med::NavTeams)}</A></dd>
                })}
                <dt>{tr(Msg::Status)}</dt>
                <dd>
                    {if summary.active { tr(Msg::Active)() } else { tr(Med::MemberLeft)() }}
                </dd>
            </dl>
        </section>
    }
}
