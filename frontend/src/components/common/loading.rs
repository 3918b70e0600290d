use leptos::prelude::*;

use crate::i18n::{CommonText, tr};

/// Shown while data loads; announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {tr(CommonText::Loading)}
        </p>
    }
}
