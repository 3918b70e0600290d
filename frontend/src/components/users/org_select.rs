use hgcs_domain::UnitId;
use leptos::prelude::*;

use crate::api::use_api;
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

/// The organisations of the chosen unit; optional.
#[component]
pub fn OrgSelect(
    id: &'static str,
    unit: Signal<Option<UnitId>>,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let organisations = LocalResource::new(move || {
        let unit = unit.get();
        async move {
            match unit {
                Some(unit) => api.organisations(unit).await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    // A new unit means the old choice no longer fits.
    Effect::new(move |previous: Option<Option<UnitId>>| {
        let current = unit.get();
        if previous.is_some_and(|previous| previous != current) {
            value.set(String::new());
        }
        current
    });
    let error_id = format!("{id}-error");
    let options = move || {
        let lang = lang.get();
        organisations
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|org| {
                let id = org.id.to_string();
                let label = format!("{} – {}", org.name, org.kind.label(lang));
                view! { <option value=id.clone() selected=move || value.get() == id>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id>{tr(CommonText::Organisation)}</label>
            <select id=id name=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.get().is_empty()>{tr(CommonText::NoOrganisation)}</option>
                {options}
            </select>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}
