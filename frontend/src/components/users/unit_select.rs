use hgcs_domain::api::units::Unit;
use hgcs_domain::text::search_key;
use leptos::prelude::*;

use crate::i18n::{CommonText, text, tr};
use crate::state::use_lang;

/// Picks a unit; a box above narrows the list (accents ignored), since a
/// province holds many units. Units that no longer exist stay choosable
/// (records of 2019–2025 belong to them) and say until when they existed.
#[component]
pub fn UnitSelect(
    id: &'static str,
    units: Vec<Unit>,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let narrow = RwSignal::new(String::new());
    let units = StoredValue::new(
        units
            .into_iter()
            .map(|unit| (search_key(&format!("{} {}", unit.name, unit.code)), unit))
            .collect::<Vec<_>>(),
    );
    let error_id = format!("{id}-error");
    let filter_id = format!("{id}-filter");
    let options = move || {
        let key = search_key(&narrow.get());
        let lang = lang.get();
        units.with_value(|units| {
            units
                .iter()
                .filter(|(haystack, unit)| {
                    haystack.contains(&key) || value.get_untracked() == unit.id.to_string()
                })
                .map(|(_, unit)| {
                    let id = unit.id.to_string();
                    let mut label =
                        format!("{} ({}) – {}", unit.name, unit.code, unit.level.label(lang));
                    if let Some(end) = unit.valid_to {
                        label.push_str(&format!(
                            " – {} {}",
                            text(lang, CommonText::ColValidTo).to_lowercase(),
                            crate::format::date(end)
                        ));
                    }
                    view! {
                        <option value=id.clone() selected=move || value.get() == id>{label}</option>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="field">
            <label for=filter_id.clone()>{tr(CommonText::FilterUnits)}</label>
            <input id=filter_id type="search" autocomplete="off" bind:value=narrow />
            <label for=id>{tr(CommonText::Unit)}" *"</label>
            <select
                id=id
                name=id
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>{tr(CommonText::ChooseUnit)}</option>
                {options}
            </select>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}
