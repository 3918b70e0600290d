use chrono::Datelike;
use hgcs_domain::Role;
use hgcs_domain::api::pilots::Commendation;
use hgcs_domain::api::pilots::CommendationQuery;
use hgcs_domain::plan::CommendationStatus;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::commendations::{CommendationTable, DecisionForm, NominationForm};
use crate::components::common::{Announced, Announcement, Loaded, SelectField, year_options};
use crate::i18n::{CommonText, PlanText, text, tr};
use crate::state::{has_role, use_lang};
use crate::{format, i18n};

const NOMINATORS: &[Role] = &[Role::CityJustice, Role::WardOfficial];
const DECIDERS: &[Role] = &[Role::CityJustice];

/// Nominations for awards, per year: wards propose, the city decides.
#[component]
pub fn CommendationsPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let can_nominate = has_role(NOMINATORS);
    let can_decide = has_role(DECIDERS);
    let this_year = format::today().year();
    let year = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let items = LocalResource::new(move || {
        let filter = CommendationQuery {
            year: year.get().parse().ok(),
            status: CommendationStatus::parse(&status.get()),
            ..CommendationQuery::default()
        };
        async move { api.commendations(&filter).await }
    });
    let deciding = RwSignal::new(None::<Commendation>);
    let notice = Announcement::new();
    let on_saved = Callback::new(move |_: Commendation| {
        deciding.set(None);
        notice.say(PlanText::Saved);
        items.refetch();
    });
    let on_decide = Callback::new(move |item| {
        notice.clear();
        deciding.set(Some(item));
    });
    let on_cancel = Callback::new(move |()| deciding.set(None));
    let years = Signal::derive(move || year_options(2019..=this_year));
    let statuses = Signal::derive(move || {
        let lang = lang.get();
        CommendationStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    text(lang, i18n::commendation_status(*s)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });

    view! {
        <h1>{tr(PlanText::NavCommendations)}</h1>
        <Announced notice=notice />
        {move || deciding.get().map(|item| view! { <DecisionForm item=item on_done=on_saved on_cancel=on_cancel /> })}
        <section class="card" aria-labelledby="commendation-list">
            <h2 id="commendation-list">{tr(PlanText::CommendationList)}</h2>
            <div class="filters" role="search">
                <SelectField id="commendation-year" label=PlanText::Year value=year options=years empty=PlanText::AllYears />
                <SelectField id="commendation-status" label=CommonText::Status value=status options=statuses empty=PlanText::AllStatuses />
            </div>
            <Loaded resource=items let:list>
                            <CommendationTable items=list can_decide=can_decide.get_untracked() on_decide=on_decide />
            </Loaded>
        </section>
        <Show when=move || can_nominate.get()>
            <section class="card">
                <NominationForm on_created=on_saved />
            </section>
        </Show>
    }
}
