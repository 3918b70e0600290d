use hgcs_domain::api::mediation::Team;
use leptos::prelude::*;
use leptos_router::components::A;

use super::rule_warnings::RuleWarnings;
use crate::i18n;
use crate::i18n::{CommonText, MediationText, tr};
use crate::state::use_lang;

/// Teams with their village, mediators, leader and what the law's rules
/// say about them now.
#[component]
pub fn TeamTable(teams: Vec<Team>) -> impl IntoView {
    let lang = use_lang();
    if teams.is_empty() {
        return view! { <p class="empty">{tr(MediationText::NoTeams)}</p> }.into_any();
    }
    let rows = teams
        .into_iter()
        .map(|team| {
            let total = team.members.len();
            let active = team.members.iter().filter(|m| m.active).count();
            let leader = team
                .members
                .iter()
                .find(|m| m.is_leader && m.active)
                .map(|m| m.full_name.clone());
            let failing = !team.shortfalls.is_empty();
            view! {
                <tr data-test="team-row" class=if failing { "row-overdue" } else { "" }>
                    <td><A href=format!("/teams/{}", team.id)>{team.name}</A></td>
                    <td>{team.unit.name}</td>
                    <td class="nowrap">{move || i18n::active_of(lang.get(), active, total)}</td>
                    <td>
                        {match leader {
                            Some(name) => view! { <span>{name}</span> }.into_any(),
                            None => view! { <span class="muted">{tr(MediationText::NoLeader)}</span> }.into_any(),
                        }}
                    </td>
                    <td><RuleWarnings rules=team.shortfalls /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(MediationText::TeamList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::TeamName)}</th>
                        <th scope="col">{tr(CommonText::Unit)}</th>
                        <th scope="col">{tr(MediationText::MemberCount)}</th>
                        <th scope="col">{tr(MediationText::Leader)}</th>
                        <th scope="col">{tr(MediationText::Warnings)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
