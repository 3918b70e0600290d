use leptos::prelude::*;

use crate::i18n::{Msg, tr};

/// Section I, folded: officials know it and rarely reread it.
#[component]
pub fn PurposeSection(purpose: String, requirements: String) -> impl IntoView {
    (!purpose.trim().is_empty() || !requirements.trim().is_empty()).then(|| {
        view! {
            <details class="card doc-fold" data-test="plan-purpose">
                <summary>{tr(Msg::PurposeAndRequirements)}</summary>
                <h3>{tr(Msg::Purpose)}</h3>
                <p class="prose">{purpose}</p>
                <h3>{tr(Msg::Requirements)}</h3>
                <p class="prose">{requirements}</p>
            </details>
        }
    })
}
