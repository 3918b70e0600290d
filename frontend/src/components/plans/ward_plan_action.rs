use hgcs_domain::PlanId;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{PlanText, tr};

/// For a ward official on a city plan: make the ward's plan in one step, or
/// open it once it exists. A 409 means it was made meanwhile; `on_stale`
/// reloads the plan so the link appears.
#[component]
pub fn WardPlanAction(
    plan_id: PlanId,
    can_derive: bool,
    ward_plan_id: Option<PlanId>,
    on_stale: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let form = Submit::new();
    let derive = move || {
        let navigate = navigate.clone();
        form.start();
        form.send_or(
            async move { api.derive_ward_plan(plan_id).await },
            move |plan| {
                navigate(
                    &format!("/plans/{}", plan.summary.id),
                    NavigateOptions::default(),
                )
            },
            move |_| on_stale.run(()),
        );
    };
    let pending = form.pending();
    match ward_plan_id {
        Some(id) => view! {
            <p class="plan-action">
                <A href=format!("/plans/{id}") attr:data-test="ward-plan-link" attr:class="button">
                    {tr(PlanText::WardPlanLink)}
                </A>
            </p>
        }
        .into_any(),
        None if can_derive => view! {
            <div class="plan-action">
                <FormFailure form=form />
                <button
                    id="create-ward-plan"
                    type="button"
                    class="button button-primary"
                    disabled=form.pending()
                    on:click=move |_| derive()
                >
                    {move || tr(if pending.get() { PlanText::CreatingWardPlan } else { PlanText::CreateWardPlan })()}
                </button>
            </div>
        }
        .into_any(),
        None => ().into_any(),
    }
}
