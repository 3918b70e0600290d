use leptos::prelude::*;

use crate::i18n::{PlanText, tr};

/// A task's or plan's progress, 0–100, drawn and said.
#[component]
pub fn ProgressBar(value: i32) -> impl IntoView {
    let value = value.clamp(0, 100);
    view! {
        <div class="progress">
            <div
                class="progress-track"
                role="progressbar"
                aria-label=tr(PlanText::ColProgress)
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=value
            >
                // Set through the CSSOM, which the Content-Security-Policy
                // allows (a style attribute it would refuse).
                <div class="progress-fill" style:width=format!("{value}%")></div>
            </div>
            <span class="progress-value">{format!("{value}%")}</span>
        </div>
    }
}
