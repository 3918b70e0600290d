use std::collections::{BTreeMap, BTreeSet};

use hgcs_domain::api::mediators::{MediatorListItem, MediatorQuery};
use hgcs_domain::api::trainings::{Course, InvitationInput, Invitee};
use hgcs_domain::{MediatorId, TeamId, UnitId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{TrainingText, text, tr};
use crate::state::use_lang;

/// Serving mediators of one of the course's units, by name or all of
/// them, each to be chosen or a whole team at once, then invited.
#[component]
pub fn InviteSome(course: Course, on_done: Callback<Vec<Invitee>>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let search = Submit::new();
    let invite = Submit::new();
    let id = course.id;
    let units: Vec<(UnitId, String)> = if course.audience.is_empty() {
        vec![(course.unit.id, course.unit.name.clone())]
    } else {
        course
            .audience
            .iter()
            .map(|u| (u.id, u.name.clone()))
            .collect()
    };
    let unit = RwSignal::new(units.first().map(|(u, _)| u.0).unwrap_or_default());
    let name = RwSignal::new(String::new());
    let found: RwSignal<Vec<MediatorListItem>> = RwSignal::new(Vec::new());
    let chosen: RwSignal<BTreeSet<i64>> = RwSignal::new(BTreeSet::new());

    let find = move |_| {
        let q = name.get_untracked().trim().to_owned();
        let query = MediatorQuery {
            unit_id: Some(UnitId(unit.get_untracked())),
            q: (!q.is_empty()).then_some(q),
            serving: Some(true),
            limit: Some(200),
            ..MediatorQuery::default()
        };
        search.send(async move { api.mediators(&query).await }, move |page| {
            chosen.set(BTreeSet::new());
            found.set(page.items);
        });
    };
    let send = move |_| {
        let ids: Vec<MediatorId> = chosen.get_untracked().into_iter().map(MediatorId).collect();
        let input = InvitationInput { mediator_ids: ids };
        invite.send(
            async move { api.invite(id, &input).await },
            move |invitees| {
                chosen.set(BTreeSet::new());
                found.set(Vec::new());
                on_done.run(invitees);
            },
        );
    };
    let unit_options = units
        .into_iter()
        .map(|(u, label)| view! { <option value=u.0.to_string()>{label}</option> })
        .collect_view();
    let teams = move || {
        let mut by_team: BTreeMap<(String, TeamId), Vec<MediatorListItem>> = BTreeMap::new();
        for item in found.get() {
            by_team
                .entry((item.team.name.clone(), item.team.id))
                .or_default()
                .push(item);
        }
        by_team
            .into_iter()
            .map(|((team, team_id), members)| {
                view! { <TeamChoice team=team team_id=team_id members=members chosen=chosen /> }
            })
            .collect_view()
    };
    view! {
        <details class="invite-some" data-test="invite-some">
            <summary>{tr(TrainingText::InviteSome)}</summary>
            <FormFailure form=search />
            <div class="invite-search">
                <label for="invite-unit">{tr(TrainingText::Unit)}</label>
                <select id="invite-unit" on:change=move |ev| {
                    unit.set(event_target_value(&ev).parse().unwrap_or_default());
                }>
                    {unit_options}
                </select>
                <label for="invite-name">{tr(TrainingText::ByName)}</label>
                <input id="invite-name" type="search" bind:value=name
                    placeholder=move || text(lang.get(), TrainingText::ByNameHint) />
                <button id="invite-search" type="button" class="button"
                    disabled=move || search.pending().get() on:click=find>
                    {tr(TrainingText::Find)}
                </button>
            </div>
            <div class="invite-teams">{teams}</div>
            <FormFailure form=invite />
            <Show when=move || !found.get().is_empty()>
                <button id="invite-chosen" type="button" class="button button-primary"
                    disabled=move || invite.pending().get() || chosen.get().is_empty()
                    on:click=send>
                    {move || crate::i18n::invite_chosen(lang.get(), chosen.get().len())}
                </button>
            </Show>
        </details>
    }
}

/// A team of the results: a box for the whole team, one per member.
#[component]
fn TeamChoice(
    team: String,
    team_id: TeamId,
    members: Vec<MediatorListItem>,
    chosen: RwSignal<BTreeSet<i64>>,
) -> impl IntoView {
    let ids: Vec<i64> = members.iter().map(|m| m.summary.id.0).collect();
    let all = ids.clone();
    let whole = move || {
        let set = chosen.get();
        all.iter().all(|id| set.contains(id))
    };
    let toggle_team = move |ev| {
        let on = event_target_checked(&ev);
        chosen.update(|set| {
            for id in &ids {
                if on {
                    set.insert(*id);
                } else {
                    set.remove(id);
                }
            }
        });
    };
    let team_box = format!("invite-team-{team_id}");
    let rows = members
        .into_iter()
        .map(|m| {
            let mid = m.summary.id.0;
            let box_id = format!("invite-{mid}");
            view! {
                <li data-test="invite-candidate">
                    <input id=box_id.clone() type="checkbox"
                        prop:checked=move || chosen.get().contains(&mid)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|set| {
                                if on { set.insert(mid); } else { set.remove(&mid); }
                            });
                        } />
                    <label for=box_id>{m.summary.full_name}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="invite-team" data-test="invite-team">
            <legend>
                <input id=team_box.clone() type="checkbox" prop:checked=whole on:change=toggle_team />
                <label for=team_box>{team}</label>
            </legend>
            <ul class="invite-members">{rows}</ul>
        </fieldset>
    }
}
