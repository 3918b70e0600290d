use leptos::prelude::*;

use crate::i18n::{Label, tr};

/// A labelled multi-line input with room for its field error under it.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field field-wide">
            <label for=id.clone()>{tr(label)}{required.then_some(" *")}</label>
            <textarea
                id=id.clone()
                name=id
                rows=rows
                required=required
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=move || error.get().map(|_| described.clone())
                bind:value=value
            ></textarea>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}
