use hgcs_domain::api::auth::Me;
use hgcs_domain::api::mediation::Team;
use hgcs_domain::api::mediation::TeamQuery;
use hgcs_domain::api::units::Unit;
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::{Role, UnitId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, ErrorBanner, Loaded};
use crate::components::teams::{TeamForm, TeamTable, VillageForm};
use crate::i18n::{MediationText, RecordText, text, tr};
use crate::state::{use_app, use_lang};

#[component]
pub fn TeamsPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <Teams me=me /> })
    }
}

/// The teams of the user's unit and below, with the law's rules checked;
/// the ward official adds villages and sets up teams here.
#[component]
fn Teams(me: Me) -> impl IntoView {
    let api = use_api();
    let manages = me.role == Role::WardOfficial;
    let ward = me.unit.clone();
    // A report's figure opens the teams of its unit (`?unit_id=`).
    let query = TeamQuery {
        unit_id: use_query_map()
            .get_untracked()
            .get("unit_id")
            .and_then(|v| v.parse().ok())
            .map(UnitId),
    };
    let teams = LocalResource::new(move || {
        let query = query.clone();
        async move { api.teams(&query).await }
    });
    let notice = Announcement::new();
    let on_team = Callback::new(move |team: Team| {
        notice.say_about(MediationText::TeamCreated, team.name.clone());
        teams.refetch();
    });
    let forms = manages.then(|| view! { <WardForms ward=ward on_team=on_team notice=notice /> });

    view! {
        <h1>{tr(MediationText::NavTeams)}</h1>
        {manages.then(|| view! {
            <p class="plan-action">
                <A href="/teams/import" attr:class="button" attr:data-test="import-link">{tr(RecordText::ImportLink)}</A>
            </p>
        })}
        <Announced notice=notice />
        <section class="card" aria-labelledby="team-list">
            <h2 id="team-list">{tr(MediationText::TeamList)}</h2>
            <Loaded resource=teams let:list>
                <TeamTable teams=list />
            </Loaded>
        </section>
        {forms}
    }
}

/// The ward official's forms: a new village, a new team.
#[component]
fn WardForms(
    ward: hgcs_domain::api::units::UnitSummary,
    on_team: Callback<Team>,
    notice: Announcement,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let ward_id = ward.id;
    let villages = LocalResource::new(move || async move {
        let filter = UnitQuery {
            parent_id: Some(ward_id),
            ..UnitQuery::default()
        };
        api.units(&filter).await
    });
    let ward_name = ward.name.clone();
    let units = Signal::derive(move || {
        let lang = lang.get();
        let mut options: Vec<(String, String)> = villages
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|unit: &Unit| unit.valid_to.is_none())
            .map(|unit| (unit.id.to_string(), unit.name))
            .collect();
        options.push((
            ward_id.to_string(),
            format!("{} {}", ward_name, text(lang, MediationText::WardItself)),
        ));
        options
    });
    let on_village = Callback::new(move |unit: Unit| {
        notice.say_about(MediationText::VillageAdded, unit.name.clone());
        villages.refetch();
    });
    let failure = move || villages.get().and_then(Result::err);
    view! {
        {move || failure().map(|error| view! { <ErrorBanner error=error /> })}
        <section class="card">
            <TeamForm units=units on_created=on_team />
        </section>
        <section class="card">
            <VillageForm ward=ward_id on_created=on_village />
        </section>
    }
}
