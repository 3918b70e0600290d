use hgcs_domain::api::units::UnitQuery;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{DateField, Loaded, TextField};
use crate::components::units::UnitTable;
use crate::format::parse_optional_date;
use crate::i18n::{CommonText, tr};

/// Search the units this user may see; accents do not matter.
#[component]
pub fn UnitsPage() -> impl IntoView {
    let api = use_api();
    let lang = crate::state::use_lang();
    let q = RwSignal::new(String::new());
    let on = RwSignal::new(String::new());
    let filter = RwSignal::new(UnitQuery::default());
    let units = LocalResource::new(move || {
        let filter = filter.get();
        async move { api.units(&filter).await }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(on) = parse_optional_date(&on.get_untracked()) else {
            return;
        };
        filter.set(UnitQuery {
            q: Some(q.get_untracked()),
            on,
            ..UnitQuery::default()
        });
    };
    let clear = move |_| {
        q.set(String::new());
        on.set(String::new());
        filter.set(UnitQuery::default());
    };

    view! {
        <h1>{tr(CommonText::NavUnits)}</h1>
        <form class="filters" role="search" on:submit=submit>
            <TextField id="unit-q" label=CommonText::SearchUnits value=q input_type="search" />
            <DateField id="unit-on" label=CommonText::ValidOn value=on />
            <div class="filter-actions">
                <button type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
                <button type="button" class="button" on:click=clear>{tr(CommonText::Clear)}</button>
            </div>
        </form>
        <p class="muted">{tr(CommonText::SearchHint)}</p>
        <Loaded resource=units let:units>
            <p class="count" role="status">{
                let count = units.len();
                move || crate::i18n::count_found(lang.get(), count)
            }</p>
            <UnitTable units=units caption=CommonText::NavUnits />
        </Loaded>
    }
}
