use hgcs_domain::api::materials::{DeliveryInput, MaterialRun};
use hgcs_domain::api::mediation::TeamQuery;
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{TeamId, UnitId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFrame, SelectField, Submit, SubmitButton, TextField, local_error,
};
use crate::format::{parse_date, today};
use crate::i18n::{CommonText, MaterialText, text};
use crate::state::use_lang;

/// Copies of the run handed to one of the city's wards, or one of its
/// teams, with who took them.
#[component]
pub fn DeliveryForm(run: MaterialRun, on_done: Callback<MaterialRun>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let id = run.id;
    let city = run.unit.id;
    let printed_on = run.printed_on;
    let left = run.stock;
    let ward = RwSignal::new(String::new());
    let team = RwSignal::new(String::new());
    let copies = RwSignal::new(String::new());
    let delivered_on = RwSignal::new(String::new());
    let received_by = RwSignal::new(String::new());
    let wards = LocalResource::new(move || async move {
        let query = UnitQuery {
            parent_id: Some(city),
            ..UnitQuery::default()
        };
        api.units(&query).await.unwrap_or_default()
    });
    let teams = LocalResource::new(move || {
        let chosen = ward.get().parse::<i64>().ok();
        async move {
            let Some(unit) = chosen else {
                return Vec::new();
            };
            let query = TeamQuery {
                unit_id: Some(UnitId(unit)),
            };
            api.teams(&query).await.unwrap_or_default()
        }
    });
    let ward_options = Signal::derive(move || {
        wards
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|u| (u.id.to_string(), u.name))
            .collect::<Vec<_>>()
    });
    let team_options = Signal::derive(move || {
        teams
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|t| (t.id.to_string(), format!("{} – {}", t.name, t.unit.name)))
            .collect::<Vec<_>>()
    });
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(day) = parse_date(&delivered_on.get_untracked()) else {
            form.reject(vec![local_error(
                "delivered_on",
                text(lang, CommonText::DateInvalid),
            )]);
            return;
        };
        let Ok(unit) = ward.get_untracked().parse::<i64>() else {
            form.reject(vec![local_error("unit_id", Rule::Required.message(lang))]);
            return;
        };
        let input = DeliveryInput {
            unit_id: UnitId(unit),
            team_id: team.get_untracked().parse().ok().map(TeamId),
            copies: copies.get_untracked().trim().parse().unwrap_or(0),
            delivered_on: day,
            received_by: received_by.get_untracked(),
        };
        let mut check = Checker::new();
        let input = input.check(&mut check, printed_on, left, today());
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move { api.deliver_materials(id, &input).await },
            move |run| on_done.run(run),
        );
    });
    view! {
        <FormFrame form=form id="delivery-form-title" title=MaterialText::NewDelivery on_submit=submit>
            <SelectField id="delivery-ward" label=MaterialText::Ward value=ward options=ward_options empty=MaterialText::ChooseWard required=true error=form.field("unit_id") />
            <SelectField id="delivery-team" label=MaterialText::Team value=team options=team_options empty=MaterialText::AnyTeam error=form.field("team_id") />
            <TextField id="delivery-copies" label=MaterialText::Copies value=copies input_type="number" required=true error=form.field("copies") />
            <DateField id="delivery-on" label=MaterialText::DeliveredOn value=delivered_on />
            <TextField id="delivery-received-by" label=MaterialText::ReceivedBy value=received_by error=form.field("received_by") />
            <SubmitButton id="deliver" label=MaterialText::NewDelivery form=form />
        </FormFrame>
    }
}
