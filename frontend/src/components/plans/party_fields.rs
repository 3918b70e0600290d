use hgcs_domain::api::plans::{Party, PartyInput};
use hgcs_domain::api::units::Organisation;
use hgcs_domain::plan::PartyRole;
use hgcs_domain::{OrganisationId, UnitId};
use leptos::prelude::*;

use super::parties::party_name;
use crate::api::use_api;
use crate::components::common::SelectField;
use crate::i18n::{TaskEditText, tr};

/// Who leads and who helps, as chosen: one lead and any partners among the
/// organisations of the plan's unit. Groups ("UBND phường, xã") and other
/// parties of the task being edited are kept as they are, and so is the
/// plan's wording for each organisation.
#[derive(Debug, Clone)]
pub struct PartyInputs {
    lead: RwSignal<String>,
    partners: RwSignal<Vec<OrganisationId>>,
    kept: Vec<Party>,
    labels: Vec<(OrganisationId, String)>,
}

impl PartyInputs {
    pub fn new(parties: &[Party]) -> Self {
        let organisation = |party: &Party| party.organisation.as_ref().map(|o| o.id);
        let lead = parties
            .iter()
            .find(|p| p.role == PartyRole::Lead && p.organisation.is_some())
            .and_then(organisation);
        let partners: Vec<OrganisationId> = parties
            .iter()
            .filter(|p| p.role == PartyRole::Partner)
            .filter_map(organisation)
            .collect();
        let kept = parties
            .iter()
            .filter(|p| match organisation(p) {
                None => true,
                Some(id) => p.role == PartyRole::Lead && Some(id) != lead,
            })
            .cloned()
            .collect();
        let labels = parties
            .iter()
            .filter_map(|p| organisation(p).map(|id| (id, p.label.clone())))
            .collect();
        PartyInputs {
            lead: RwSignal::new(lead.map(|id| id.to_string()).unwrap_or_default()),
            partners: RwSignal::new(partners),
            kept,
            labels,
        }
    }

    /// The parties to send: the chosen lead, then the kept parties, then
    /// the chosen partners (less the lead).
    pub fn read(&self) -> Vec<PartyInput> {
        let label = |id: OrganisationId| {
            self.labels
                .iter()
                .find(|(known, _)| *known == id)
                .map(|(_, label)| label.clone())
        };
        let chosen = |role: PartyRole, id: OrganisationId| PartyInput {
            role,
            organisation_id: Some(id),
            group: None,
            label: label(id),
        };
        let lead = self.lead.get_untracked().parse().ok().map(OrganisationId);
        let kept = self.kept.iter().map(|party| PartyInput {
            role: party.role,
            organisation_id: party.organisation.as_ref().map(|o| o.id),
            group: party.group,
            label: Some(party.label.clone()),
        });
        lead.map(|id| chosen(PartyRole::Lead, id))
            .into_iter()
            .chain(kept)
            .chain(
                self.partners
                    .get_untracked()
                    .into_iter()
                    .filter(|id| Some(*id) != lead)
                    .map(|id| chosen(PartyRole::Partner, id)),
            )
            .collect()
    }
}

/// The lead as a choice and the partners as boxes to tick, among the
/// organisations of `unit_id`; the kept parties are listed under them.
#[component]
pub fn PartyFields(inputs: PartyInputs, unit_id: UnitId) -> impl IntoView {
    let api = use_api();
    let organisations =
        LocalResource::new(
            move || async move { api.organisations(unit_id).await.unwrap_or_default() },
        );
    let listed = move || organisations.get().unwrap_or_default();
    let options = Signal::derive(move || {
        listed()
            .into_iter()
            .map(|o: Organisation| (o.id.to_string(), o.name))
            .collect::<Vec<_>>()
    });
    let partners = inputs.partners;
    let boxes = move || {
        listed()
            .into_iter()
            .map(|org| {
                let id = format!("task-partner-{}", org.id);
                let org_id = org.id;
                let toggle = move |ev| {
                    let on = event_target_checked(&ev);
                    partners.update(|chosen| {
                        chosen.retain(|known| *known != org_id);
                        if on {
                            chosen.push(org_id);
                        }
                    });
                };
                view! {
                    <span class="field-check">
                        <input id=id.clone() type="checkbox"
                            prop:checked=move || partners.get().contains(&org_id) on:change=toggle />
                        <label for=id>{org.name}</label>
                    </span>
                }
            })
            .collect_view()
    };
    let kept = (!inputs.kept.is_empty()).then(|| {
        let names = inputs
            .kept
            .iter()
            .map(party_name)
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p class="form-note muted">{tr(TaskEditText::OtherParties)}": "{names}</p> }
    });
    view! {
        <SelectField id="task-lead" label=TaskEditText::Lead value=inputs.lead options=options empty=TaskEditText::NoLeadChosen />
        <fieldset class="field field-wide">
            <legend>{tr(TaskEditText::Partners)}</legend>
            {boxes}
        </fieldset>
        {kept}
    }
}
