use hgcs_domain::PlanId;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{ApiError, use_api};
use crate::components::common::ErrorBanner;
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
    let failure = RwSignal::new(None::<ApiError>);
    let derive = Action::new_local(move |(): &()| {
        let navigate = navigate.clone();
        async move {
            failure.set(None);
            match api.derive_ward_plan(plan_id).await {
                Ok(plan) => navigate(
                    &format!("/plans/{}", plan.summary.id),
                    NavigateOptions::default(),
                ),
                Err(error) => {
                    failure.set(Some(error));
                    on_stale.run(());
                }
            }
        }
    });
    let pending = derive.pending();
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
                {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
                <button
                    id="create-ward-plan"
                    type="button"
                    class="button button-primary"
                    disabled=move || pending.get()
                    on:click=move |_| {
                        derive.dispatch(());
                    }
                >
                    {move || tr(if pending.get() { PlanText::CreatingWardPlan } else { PlanText::CreateWardPlan })()}
                </button>
            </div>
        }
        .into_any(),
        None => ().into_any(),
    }
}
