use hgcs_domain::UnitId;
use hgcs_domain::api::auth::Me;
use hgcs_domain::api::supervisions::{Support, SupportInput};
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::supervision::SupportKind;
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField,
};
use crate::format::{self, today};
use crate::i18n::SupervisionText;
use crate::state::use_lang;

/// A legal partner records trainers sent or materials given to its own
/// unit or one of the units under it.
#[component]
pub fn SupportForm(me: Me, on_created: Callback<Support>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let own = me.unit.clone();
    let kind = RwSignal::new(SupportKind::Trainer.as_str().to_owned());
    let unit = RwSignal::new(own.id.to_string());
    let day = RwSignal::new(format::date(today()));
    let description = RwSignal::new(String::new());
    let quantity = RwSignal::new("1".to_owned());
    let form = Submit::new();
    let below = LocalResource::new(move || async move {
        let query = UnitQuery {
            parent_id: Some(own.id),
            ..UnitQuery::default()
        };
        api.units(&query).await.unwrap_or_default()
    });
    let own_choice = (me.unit.id.to_string(), me.unit.name.clone());
    let unit_options = Signal::derive(move || {
        let mut choices = vec![own_choice.clone()];
        choices.extend(
            below
                .get()
                .unwrap_or_default()
                .into_iter()
                .map(|u| (u.id.to_string(), u.name)),
        );
        choices
    });
    let kind_options = Signal::derive(move || {
        let lang = lang.get();
        SupportKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), k.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(day) = form.day("supplied_on", &day.get_untracked(), lang) else {
            return;
        };
        let typed = SupportInput {
            kind: SupportKind::parse(&kind.get_untracked()).unwrap_or(SupportKind::Trainer),
            unit_id: UnitId(unit.get_untracked().parse().unwrap_or(0)),
            course_id: None,
            supplied_on: day,
            description: description.get_untracked(),
            quantity: quantity.get_untracked().trim().parse().unwrap_or(0),
        };
        let mut check = Checker::new();
        let input = typed.check(&mut check, today());
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move { api.record_support(&input).await },
            move |made| {
                description.set(String::new());
                on_created.run(made);
            },
        );
    });
    view! {
        <FormFrame form=form id="support-form-title" title=SupervisionText::RecordSupport on_submit=submit>
            <SelectField id="support-kind" label=SupervisionText::SupportKind value=kind options=kind_options required=true />
            <SelectField id="support-unit" label=SupervisionText::SupportUnit value=unit options=unit_options required=true error=form.field("unit_id") />
            <DateField id="support-on" label=SupervisionText::SuppliedOn value=day />
            <TextField id="support-quantity" label=SupervisionText::Quantity value=quantity input_type="number" required=true error=form.field("quantity") />
            <TextArea id="support-description" label=SupervisionText::Description value=description required=true rows=3 error=form.field("description") />
            <SubmitButton id="record-support" label=SupervisionText::RecordSupport form=form />
        </FormFrame>
    }
}
