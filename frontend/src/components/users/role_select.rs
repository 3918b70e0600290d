use hgcs_domain::Role;
use leptos::prelude::*;

use crate::i18n::{Label, tr};
use crate::state::use_lang;

/// A role picker; the value is the role's API name, or "" for none.
#[component]
pub fn RoleSelect(
    id: &'static str,
    #[prop(into)] label: Label,
    value: RwSignal<String>,
    /// Text of the empty choice ("all roles" in a filter, "choose" in a form).
    #[prop(into)]
    empty: Label,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let error_id = format!("{id}-error");
    let options = Role::ALL
        .iter()
        .map(|&role| {
            view! {
                <option value=role.as_str() selected=move || value.get() == role.as_str()>
                    {move || role.label(lang.get())}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <select
                id=id
                name=id
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>{tr(empty)}</option>
                {options}
            </select>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}
