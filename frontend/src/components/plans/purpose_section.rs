use leptos::prelude::*;

use crate::i18n::{PlanText, tr};

/// Section I, folded: officials know it and rarely reread it.
#[component]
pub fn PurposeSection(purpose: String, requirements: String) -> impl IntoView {
    (!purpose.trim().is_empty() || !requirements.trim().is_empty()).then(|| {
        view! {
            <details class="card doc-fold" data-test="plan-purpose">
                <summary>{tr(PlanText::PurposeAndRequirements)}</summary>
                <h3>{tr(PlanText::Purpose)}</h3>
                <p class="prose">{purpose}</p>
                <h3>{tr(PlanText::Requirements)}</h3>
                <p class="prose">{requirements}</p>
            </details>
        }
    })
}
