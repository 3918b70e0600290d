use leptos::prelude::*;

use crate::i18n::{Label, tr};

/// A labelled select over (value, text) pairs. `empty` adds a first choice
/// with the value "" (e.g. "all years" in a filter, "choose" in a form).
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] empty: Option<Label>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let choices = move || {
        options
            .get()
            .into_iter()
            .map(|(key, text)| {
                let selected = key.clone();
                view! { <option value=key selected=move || value.get() == selected>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}{required.then_some(" *")}</label>
            <select
                id=id.clone()
                name=id
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=move || error.get().map(|_| described.clone())
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {empty.map(|empty| view! {
                    <option value="" selected=move || value.get().is_empty()>{tr(empty)}</option>
                })}
                {choices}
            </select>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}

/// Years as select options, newest first.
pub fn year_options(years: std::ops::RangeInclusive<i32>) -> Vec<(String, String)> {
    years
        .rev()
        .map(|year| (year.to_string(), year.to_string()))
        .collect()
}
