use hgcs_domain::UnitId;
use hgcs_domain::api::pilots::{Pilot, ReplicationInput};
use hgcs_domain::api::units::Unit;
use leptos::prelude::*;

use super::ward_checklist::WardChecklist;
use crate::api::use_api;
use crate::components::common::{DocumentFields, DocumentInputs, FormFrame, Submit, local_error};
use crate::i18n::{CommonText, PlanText, text, tr};
use crate::state::use_lang;

/// The decision to replicate a model: its number and date, and the wards.
#[component]
pub fn ReplicationForm(
    pilot: Pilot,
    units: Vec<Unit>,
    on_done: Callback<Pilot>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let document = DocumentInputs::new("QĐ", "UBND");
    let chosen = RwSignal::new(Vec::<UnitId>::new());
    let form = Submit::new();
    let pilot_id = pilot.id;
    // The model's own ward already has it.
    let units: Vec<Unit> = units
        .into_iter()
        .filter(|unit| unit.id != pilot.unit.id)
        .collect();

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let mut found = Vec::new();
        let decision = document.read();
        if decision.is_err() {
            found.push(local_error(
                "decision.issued_on",
                text(lang, CommonText::DateInvalid),
            ));
        }
        if document.number.get_untracked().trim().is_empty() {
            found.push(local_error(
                "decision.number",
                text(lang, PlanText::Required),
            ));
        }
        let unit_ids = chosen.get_untracked();
        if unit_ids.is_empty() {
            found.push(local_error("unit_ids", text(lang, PlanText::ChooseWards)));
        }
        let (Ok(decision), true) = (decision, found.is_empty()) else {
            form.reject(found);
            return;
        };
        let input = ReplicationInput { decision, unit_ids };
        let Some(input) = form.valid(input.validate(), lang) else {
            return;
        };
        form.send(
            async move { api.replicate_pilot(pilot_id, &input).await },
            move |pilot| on_done.run(pilot),
        );
    });

    view! {
        <FormFrame form=form id="rep-title" title=PlanText::Replicate subject=format!("{} – {}", pilot.name, pilot.unit.name) reveal=true on_submit=submit>
            <DocumentFields
                ids=["rep-number", "rep-type", "rep-issuer", "rep-date"]
                inputs=document
                number_error=form.field("decision.number")
                date_error=form.field("decision.issued_on")
            />
            <WardChecklist units=units chosen=chosen error=form.field("unit_ids") />
            <div class="form-actions">
                <button id="save-replication" type="submit" class="button button-primary" disabled=form.pending()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
