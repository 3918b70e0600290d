use chrono::Datelike;
use hgcs_domain::Role;
use hgcs_domain::api::plans::Plan;
use hgcs_domain::api::plans::PlanQuery;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{Loaded, SelectField, year_options};
use crate::components::plans::{PlanForm, ProgrammePlans};
use crate::format;
use crate::i18n::{PlanText, tr};
use crate::state::has_role;

const PLANNERS: &[Role] = &[Role::CityJustice, Role::WardOfficial];

/// The plans this user may see, by year; officials who write plans can
/// start a new one here.
#[component]
pub fn PlansPage() -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let can_create = has_role(PLANNERS);
    let last_year = format::today().year() + 1;
    let year = RwSignal::new(String::new());
    let plans = LocalResource::new(move || {
        let filter = PlanQuery {
            year: year.get().parse().ok(),
            ..PlanQuery::default()
        };
        async move { api.plans(&filter).await }
    });
    let on_created = Callback::new(move |plan: Plan| {
        navigate(
            &format!("/plans/{}", plan.summary.id),
            NavigateOptions::default(),
        );
    });
    let programmes =
        LocalResource::new(move || async move { api.programmes().await.unwrap_or_default() });
    let years = Signal::derive(move || year_options(2019..=last_year));

    view! {
        <h1>{tr(PlanText::NavPlans)}</h1>
        <section class="card" aria-labelledby="plan-list">
            <h2 id="plan-list">{tr(PlanText::PlanList)}</h2>
            <div class="filters" role="search">
                <SelectField id="plan-year" label=PlanText::Year value=year options=years empty=PlanText::AllYears />
            </div>
            <Loaded resource=plans let:plans>
                {move || view! {
                    <ProgrammePlans plans=plans.clone() programmes=programmes.get().unwrap_or_default() />
                }}
            </Loaded>
        </section>
        <Show when=move || can_create.get()>
            <section class="card">
                <PlanForm on_saved=on_created />
            </section>
        </Show>
    }
}
