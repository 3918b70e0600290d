use hgcs_domain::api::auth::Me;
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::{Role, UnitLevel};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::cases::MediationPanel;
use crate::components::common::Loaded;
use crate::components::due::{DigestCard, DuePanel, EmailForm};
use crate::components::statistics::StatisticsPanel;
use crate::components::units::{UnitLinks, UnitTable};
use crate::i18n::{CommonText, tr};
use crate::state::{use_app, use_lang};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <Overview me=me /> })
    }
}

/// The signed-in user, their unit, its units and its reorganisations.
#[component]
fn Overview(me: Me) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let unit_id = me.unit.id;
    let children = LocalResource::new(move || async move {
        let filter = UnitQuery {
            parent_id: Some(unit_id),
            ..UnitQuery::default()
        };
        api.units(&filter).await
    });
    let detail = LocalResource::new(move || async move { api.unit(unit_id).await });

    let role = me.role;
    let level = me.unit.level;
    let organisation = me.organisation.map(|org| org.name);

    view! {
        <h1>{tr(CommonText::NavDashboard)}</h1>
        <section class="card" aria-labelledby="greeting">
            <h2 id="greeting">{tr(CommonText::Hello)} ", " {me.display_name}</h2>
            <dl class="facts">
                <dt>{tr(CommonText::Role)}</dt>
                <dd>{move || role.label(lang.get())}</dd>
                {organisation.map(|name| view! {
                    <dt>{tr(CommonText::Organisation)}</dt>
                    <dd>{name}</dd>
                })}
            </dl>
        </section>
        <DigestCard />
        {(level != UnitLevel::Village).then(|| view! { <StatisticsPanel /> })}
        <DuePanel />
        {(role != Role::Admin).then(|| view! { <MediationPanel /> })}
        <section class="card" aria-labelledby="my-unit">
            <h2 id="my-unit">{tr(CommonText::YourUnit)}</h2>
            <p class="unit-title" data-test="unit-name">{me.unit.name}</p>
            <dl class="facts">
                <dt>{tr(CommonText::ColCode)}</dt>
                <dd class="mono">{me.unit.code}</dd>
                <dt>{tr(CommonText::ColLevel)}</dt>
                <dd>{move || level.label(lang.get())}</dd>
            </dl>
            <h3>{tr(CommonText::Reorganisation)}</h3>
            <Loaded resource=detail let:detail>
                            <UnitLinks predecessors=detail.predecessors successors=detail.successors />
            </Loaded>
        </section>
        <section class="card" aria-labelledby="child-units">
            <h2 id="child-units">{tr(CommonText::ChildUnits)}</h2>
            <Loaded resource=children let:units>
                            <UnitTable units=units row_test="child-unit" caption=CommonText::ChildUnits />
            </Loaded>
        </section>
        <EmailForm />
    }
}
