use hgcs_domain::api::mediation::Team;
use hgcs_domain::{Role, TeamId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::supervisions::{Supervised, SupervisionForm};
use crate::components::teams::{LogbookLink, MemberForm, MembersTable, RuleWarnings};
use crate::i18n::{MediationText, tr};
use crate::state::{has_role, use_lang};

const KEEPERS: &[Role] = &[Role::WardOfficial];

#[component]
pub fn TeamDetailPage() -> impl IntoView {
    let api = use_api();
    let team = use_detail(move |id: TeamId| async move { api.team(id).await });
    let notice = Announcement::new();
    let on_added = Callback::new(move |(_, name): (Team, String)| {
        notice.say_about(MediationText::MemberAdded, name);
        team.refetch();
    });
    view! {
        <Announced notice=notice />
        <Loaded resource=team let:team>
            <TeamView team=team on_added=on_added />
        </Loaded>
    }
}

/// The team, its members with the rules checked, its logbook.
#[component]
fn TeamView(team: Team, on_added: Callback<(Team, String)>) -> impl IntoView {
    let lang = use_lang();
    let keeps = has_role(KEEPERS);
    let team_id = team.id;
    let founded = team.founded_by.clone();
    view! {
        <h1>{team.name}</h1>
        <section class="card" aria-labelledby="team-facts">
            <h2 id="team-facts" class="visually-hidden">{tr(MediationText::NavTeams)}</h2>
            <dl class="facts">
                <dt>{tr(MediationText::TeamUnit)}</dt>
                <dd>{team.unit.name}</dd>
                {founded.map(|doc| view! {
                    <dt>{tr(MediationText::FoundingDecision)}</dt>
                    <dd>{move || crate::i18n::decision(lang.get(), &doc)}</dd>
                })}
                <dt>{tr(MediationText::Warnings)}</dt>
                <dd><RuleWarnings rules=team.shortfalls /></dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="team-members">
            <h2 id="team-members">{tr(MediationText::Members)}</h2>
            <MembersTable members=team.members />
        </section>
        <LogbookLink team_id=team_id />
        <Show when=move || keeps.get()>
            <section class="card">
                <MemberForm team_id=team_id on_added=on_added />
            </section>
        </Show>
        <SupervisionForm supervised=Supervised::Team(team_id) />
    }
}
