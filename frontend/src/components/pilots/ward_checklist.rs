use hgcs_domain::UnitId;
use hgcs_domain::api::units::Unit;
use leptos::prelude::*;

use crate::i18n::PlanText;
use crate::i18n::tr;

/// Wards and communes as checkboxes: a city has a few dozen, and ticking
/// is easier than a multi-select for people used to paper forms.
#[component]
pub fn WardChecklist(
    units: Vec<Unit>,
    chosen: RwSignal<Vec<UnitId>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let boxes = units
        .into_iter()
        .map(|unit| {
            let id = unit.id;
            let dom_id = format!("rep-unit-{id}");
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                chosen.update(|list| {
                    list.retain(|other| *other != id);
                    if on {
                        list.push(id);
                    }
                });
            };
            view! {
                <li class="field-check">
                    <input id=dom_id.clone() type="checkbox" checked=move || chosen.get().contains(&id) on:change=toggle />
                    <label for=dom_id>{unit.name}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field-wide checklist" data-test="ward-checklist">
            <legend>{tr(PlanText::ReplicateTo)}</legend>
            <ul>{boxes}</ul>
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
        </fieldset>
    }
}
