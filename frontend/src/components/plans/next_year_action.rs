use hgcs_domain::PlanId;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{PlanText, tr};

/// For whoever manages a city's plan: copy it to the next year (tasks,
/// parties, schedules a year later; no progress) and open the copy. A
/// plan already copied answers 409, shown with the copy's id.
#[component]
pub fn NextYearAction(plan_id: PlanId) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let form = Submit::new();
    let copy = move || {
        let navigate = navigate.clone();
        form.start();
        form.send(
            async move { api.copy_to_next_year(plan_id).await },
            move |plan| {
                navigate(
                    &format!("/plans/{}", plan.summary.id),
                    NavigateOptions::default(),
                )
            },
        );
    };
    let pending = form.pending();
    view! {
        <div class="plan-action">
            <FormFailure form=form />
            <button
                id="copy-next-year"
                type="button"
                class="button"
                disabled=form.pending()
                on:click=move |_| copy()
            >
                {move || tr(if pending.get() { PlanText::CopyingToNextYear } else { PlanText::CopyToNextYear })()}
            </button>
        </div>
    }
}
