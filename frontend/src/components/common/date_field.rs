use leptos::prelude::*;

use crate::format::parse_optional_date;
use crate::i18n::{CommonText, Label, tr};

/// A day typed as dd/mm/yyyy, the way offices write it, whatever the
/// browser's locale. Says so at once when the text is not a date.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: Label,
    value: RwSignal<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = move || parse_optional_date(&value.get()).is_err();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if invalid() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="field field-date">
            <label for=id.clone()>{tr(label)}</label>
            <input
                id=id.clone()
                name=id
                type="text"
                inputmode="numeric"
                placeholder="dd/mm/yyyy"
                autocomplete="off"
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-describedby=described
                bind:value=value
            />
            <p class="field-hint" id=hint_id>{tr(CommonText::DateHint)}</p>
            <Show when=invalid>
                <p class="field-error" id=error_id.clone()>{tr(CommonText::DateInvalid)}</p>
            </Show>
        </div>
    }
}
