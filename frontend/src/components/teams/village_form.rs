use hgcs_domain::UnitId;
use hgcs_domain::api::units::Unit;
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, NewVillage, use_api};
use crate::components::common::{ErrorBanner, SelectField, TextField, field_message, local_error};
use crate::i18n::{CommonText, MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// Adds a village (thôn) or residential group (tổ dân phố) under the
/// official's ward, so a team can be set up there.
#[component]
pub fn VillageForm(ward: UnitId, on_created: Callback<Unit>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new("thon".to_owned());
    let minority = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        vec![
            (
                "thon".to_owned(),
                text(lang, MediationText::KindThon).to_owned(),
            ),
            (
                "to_dan_pho".to_owned(),
                text(lang, MediationText::KindToDanPho).to_owned(),
            ),
        ]
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let village_name = name.get_untracked().trim().to_owned();
        if village_name.is_empty() {
            errors.set(vec![local_error(
                "name",
                text(lang.get_untracked(), PlanText::Required),
            )]);
            return;
        }
        errors.set(Vec::new());
        let input = NewVillage {
            parent_id: ward,
            name: village_name,
            kind: if kind.get_untracked() == "to_dan_pho" {
                "to_dan_pho".into()
            } else {
                "thon".into()
            },
            code: None,
            ethnic_minority_area: minority.get_untracked(),
        };
        pending.set(true);
        spawn_local(async move {
            let result = api.create_village(&input).await;
            pending.set(false);
            match result {
                Ok(unit) => {
                    name.set(String::new());
                    minority.set(false);
                    on_created.run(unit);
                }
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid" on:submit=submit novalidate=true aria-labelledby="village-form-title">
            <h2 id="village-form-title" class="form-title">{tr(MediationText::AddVillage)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <TextField id="village-name" label=MediationText::VillageName value=name required=true error=field_message(errors, "name") />
            <SelectField id="village-kind" label=MediationText::VillageKind value=kind options=kinds error=field_message(errors, "kind") />
            <div class="field field-check">
                <input id="village-minority" type="checkbox" bind:checked=minority />
                <label for="village-minority">{tr(CommonText::EthnicMinorityArea)}</label>
            </div>
            <div class="form-actions">
                <button id="create-village" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(MediationText::AddVillage)}
                </button>
            </div>
        </form>
    }
}
