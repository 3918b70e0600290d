use hgcs_domain::api::pilots::Pilot;
use hgcs_domain::api::pilots::PilotQuery;
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::{Role, UnitLevel};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, SelectField, year_options};
use crate::components::pilots::{EvaluationForm, PilotForm, PilotTable, ReplicationForm};
use crate::i18n::{PlanText, tr};
use crate::state::{has_role, use_app};

const REGISTRARS: &[Role] = &[Role::CityJustice, Role::WardOfficial];
const JUDGES: &[Role] = &[Role::CityJustice];

/// What the Justice Office is doing with one pilot.
#[derive(Debug, Clone, PartialEq)]
enum Judging {
    Evaluate(Pilot),
    Replicate(Pilot),
}

/// Pilot models of 2019–2021: registered by wards, evaluated and
/// replicated by the city's Justice Office.
#[component]
pub fn PilotsPage() -> impl IntoView {
    let api = use_api();
    let app = use_app();
    let can_register = has_role(REGISTRARS);
    let can_judge = has_role(JUDGES);
    let own_unit = app.session.with_untracked(|s| {
        s.user()
            .filter(|me| me.role == Role::WardOfficial)
            .map(|me| me.unit.id)
    });
    let year = RwSignal::new(String::new());
    let pilots = LocalResource::new(move || {
        let year = year.get().parse().ok();
        let query = PilotQuery {
            year,
            ..PilotQuery::default()
        };
        async move { api.pilots(&query).await }
    });
    let wards = LocalResource::new(move || async move {
        let filter = UnitQuery {
            level: Some(UnitLevel::Commune),
            ..UnitQuery::default()
        };
        api.units(&filter).await
    });
    let judging = RwSignal::new(None::<Judging>);
    let notice = Announcement::new();
    let on_saved = Callback::new(move |_: Pilot| {
        judging.set(None);
        notice.say(PlanText::Saved);
        pilots.refetch();
    });
    let on_cancel = Callback::new(move |()| judging.set(None));
    let on_evaluate = Callback::new(move |pilot| {
        notice.clear();
        judging.set(Some(Judging::Evaluate(pilot)))
    });
    let on_replicate = Callback::new(move |pilot| {
        notice.clear();
        judging.set(Some(Judging::Replicate(pilot)))
    });
    let years = Signal::derive(|| year_options(2019..=2021));

    view! {
        <h1>{tr(PlanText::NavPilots)}</h1>
        <Announced notice=notice />
        {move || judging.get().map(|judging| match judging {
            Judging::Evaluate(pilot) => view! { <EvaluationForm pilot=pilot on_done=on_saved on_cancel=on_cancel /> }.into_any(),
            Judging::Replicate(pilot) => {
                let units = wards.get().and_then(Result::ok).unwrap_or_default();
                view! { <ReplicationForm pilot=pilot units=units on_done=on_saved on_cancel=on_cancel /> }.into_any()
            }
        })}
        <section class="card" aria-labelledby="pilot-list">
            <h2 id="pilot-list">{tr(PlanText::PilotList)}</h2>
            <div class="filters" role="search">
                <SelectField id="pilot-filter-year" label=PlanText::Year value=year options=years empty=PlanText::AllYears />
            </div>
            <Loaded resource=pilots let:list>
                            <PilotTable pilots=list can_judge=can_judge.get_untracked() on_evaluate=on_evaluate on_replicate=on_replicate />
            </Loaded>
        </section>
        <Show when=move || can_register.get()>
            <section class="card">
                <Loaded resource=wards let:units>
                    <PilotForm units=units own_unit=own_unit on_created=on_saved />
                </Loaded>
            </section>
        </Show>
    }
}
