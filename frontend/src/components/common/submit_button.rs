use leptos::prelude::*;

use super::Submit;
use crate::i18n::{Label, tr};

/// The actions row of a form: its submit button, disabled while the form
/// is being sent. `plain` for a secondary action.
#[component]
pub fn SubmitButton(
    id: &'static str,
    #[prop(into)] label: Label,
    form: Submit,
    #[prop(optional)] plain: bool,
) -> impl IntoView {
    let class = if plain {
        "button"
    } else {
        "button button-primary"
    };
    view! {
        <div class="form-actions">
            <button id=id type="submit" class=class disabled=form.pending()>
                {tr(label)}
            </button>
        </div>
    }
}
