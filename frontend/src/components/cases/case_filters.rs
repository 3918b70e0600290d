use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::CaseQuery;
use hgcs_domain::api::mediation::Team;
use hgcs_domain::mediation::{CaseKind, CaseState};
use leptos::prelude::*;

use crate::components::common::{DateField, SelectField};
use crate::format::parse_optional_date;
use crate::i18n::{CommonText, MediationText, tr};
use crate::state::use_lang;

/// State, kind, team, days received (both ends included) and "only those
/// not started within 3 days".
#[component]
pub fn CaseFilters(teams: Vec<Team>, on_search: Callback<CaseQuery>) -> impl IntoView {
    let lang = use_lang();
    let state = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let team = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let overdue = RwSignal::new(false);
    let states = Signal::derive(move || {
        let lang = lang.get();
        CaseState::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        CaseKind::ALL
            .iter()
            .filter(|k| k.exclusion().is_none())
            .map(|k| (k.as_str().to_owned(), k.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let team_options: Vec<(String, String)> = teams
        .into_iter()
        .map(|t| (t.id.to_string(), format!("{} – {}", t.name, t.unit.name)))
        .collect();
    let team_options = Signal::derive(move || team_options.clone());

    let search = move || {
        let (Ok(from), Ok(to)) = (
            parse_optional_date(&from.get_untracked()),
            parse_optional_date(&to.get_untracked()),
        ) else {
            return;
        };
        on_search.run(CaseQuery {
            team_id: team.get_untracked().parse::<i64>().ok().map(TeamId),
            kind: CaseKind::parse(&kind.get_untracked()),
            state: CaseState::parse(&state.get_untracked()),
            from,
            to,
            overdue: overdue.get_untracked().then_some(true),
            ..CaseQuery::default()
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        search();
    };
    let clear = move |_| {
        for signal in [state, kind, team, from, to] {
            signal.set(String::new());
        }
        overdue.set(false);
        search();
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <SelectField id="case-filter-state" label=MediationText::State value=state options=states empty=MediationText::AllStates />
            <SelectField id="case-filter-kind" label=MediationText::Kind value=kind options=kinds empty=MediationText::AllKinds />
            <SelectField id="case-filter-team" label=MediationText::Team value=team options=team_options empty=MediationText::AllTeams />
            <DateField id="case-filter-from" label=MediationText::ReceivedFrom value=from />
            <DateField id="case-filter-to" label=MediationText::ReceivedTo value=to />
            <div class="field field-check filter-check">
                <input id="case-filter-overdue" type="checkbox" bind:checked=overdue />
                <label for="case-filter-overdue">{tr(MediationText::OnlyOverdue)}</label>
            </div>
            <div class="filter-actions">
                <button id="case-search" type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
                <button id="case-clear" type="button" class="button" on:click=clear>{tr(CommonText::Clear)}</button>
            </div>
        </form>
    }
}
