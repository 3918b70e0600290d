use hgcs_domain::UnitId;
use hgcs_domain::api::units::Unit;
use leptos::prelude::*;

use crate::api::{NewVillage, use_api};
use crate::components::common::{FormFrame, SelectField, Submit, SubmitButton, TextField};
use crate::i18n::{CommonText, MediationText, text, tr};
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
    let form = Submit::new();
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

    let submit = Callback::new(move |()| {
        let typed = NewVillage {
            parent_id: ward,
            name: name.get_untracked(),
            kind: if kind.get_untracked() == "to_dan_pho" {
                "to_dan_pho".into()
            } else {
                "thon".into()
            },
            code: None,
            ethnic_minority_area: minority.get_untracked(),
        };
        let Some(input) = form.valid(typed.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(
            async move { api.create_village(&input).await },
            move |unit| {
                name.set(String::new());
                minority.set(false);
                on_created.run(unit);
            },
        );
    });

    view! {
        <FormFrame form=form id="village-form-title" title=MediationText::AddVillage class="form form-grid" on_submit=submit>
            <TextField id="village-name" label=MediationText::VillageName value=name required=true error=form.field("name") />
            <SelectField id="village-kind" label=MediationText::VillageKind value=kind options=kinds error=form.field("kind") />
            <div class="field field-check">
                <input id="village-minority" type="checkbox" bind:checked=minority />
                <label for="village-minority">{tr(CommonText::EthnicMinorityArea)}</label>
            </div>
            <SubmitButton id="create-village" label=MediationText::AddVillage form=form />
        </FormFrame>
    }
}
