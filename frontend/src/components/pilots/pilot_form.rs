use chrono::Datelike;
use hgcs_domain::UnitId;
use hgcs_domain::api::pilots::{Pilot, PilotInput};
use hgcs_domain::api::units::Unit;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField, local_error, year_options,
};
use crate::components::users::UnitSelect;
use crate::format;
use crate::i18n::{PlanText, text};
use crate::state::use_lang;

/// Registers a ward's pilot model of a year of a programme (up to this
/// year).
#[component]
pub fn PilotForm(
    units: Vec<Unit>,
    own_unit: Option<UnitId>,
    on_created: Callback<Pilot>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let unit = RwSignal::new(own_unit.map(|id| id.to_string()).unwrap_or_default());
    let year = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let form = Submit::new();
    let programmes =
        LocalResource::new(move || async move { api.programmes().await.unwrap_or_default() });
    let this_year = format::today().year();
    let years = Signal::derive(move || {
        let mut years: Vec<(String, String)> = programmes
            .get()
            .unwrap_or_default()
            .into_iter()
            .rev()
            .flat_map(|p| year_options(p.first_year..=p.last_year.min(this_year)))
            .collect();
        years.dedup();
        years
    });

    let submit = Callback::new(move |()| {
        let required = text(lang.get_untracked(), PlanText::Required);
        let mut found = Vec::new();
        let unit_id = unit.get_untracked().parse::<i64>().ok().map(UnitId);
        let chosen_year = year.get_untracked().parse::<i32>().ok();
        let pilot_name = name.get_untracked().trim().to_owned();
        for (field, missing) in [
            ("unit_id", unit_id.is_none()),
            ("year", chosen_year.is_none()),
            ("name", pilot_name.is_empty()),
        ] {
            if missing {
                found.push(local_error(field, required));
            }
        }
        let (Some(unit_id), Some(year_value), true) = (unit_id, chosen_year, found.is_empty())
        else {
            form.reject(found);
            return;
        };
        let input = PilotInput {
            unit_id,
            year: year_value,
            name: pilot_name,
            description: description.get_untracked().trim().to_owned(),
        };
        let Some(input) = form.valid(input.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(
            async move { api.create_pilot(&input).await },
            move |pilot| {
                name.set(String::new());
                description.set(String::new());
                on_created.run(pilot);
            },
        );
    });

    view! {
        <FormFrame form=form id="pilot-form-title" title=PlanText::RegisterPilot class="form form-grid" on_submit=submit>
            <UnitSelect id="pilot-unit" units=units value=unit error=form.field("unit_id") />
            <SelectField id="pilot-year" label=PlanText::Year value=year options=years empty=PlanText::Choose required=true error=form.field("year") />
            <TextField id="pilot-name" label=PlanText::PilotName value=name required=true error=form.field("name") />
            <TextArea id="pilot-description" label=PlanText::Description value=description error=form.field("description") />
            <SubmitButton id="register-pilot" label=PlanText::RegisterPilot form=form />
        </FormFrame>
    }
}
