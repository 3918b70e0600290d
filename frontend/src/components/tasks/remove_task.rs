use hgcs_domain::{PlanId, TaskId};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{FormFailure, OpenedBy, Submit};
use crate::i18n::{CommonText, PlanText, tr};

/// For whoever manages the plan: remove a task added by mistake, in two
/// steps (remove, then confirm), then back to the plan. A task with
/// history is refused by the server (409), and the message says to close
/// or cancel it instead.
#[component]
pub fn RemoveTask(task_id: TaskId, plan_id: PlanId) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let form = Submit::new();
    let asked = RwSignal::new(false);
    let remove = move || {
        let navigate = navigate.clone();
        form.start();
        form.send(async move { api.remove_task(task_id).await }, move |()| {
            navigate(&format!("/plans/{plan_id}"), NavigateOptions::default())
        });
    };
    view! {
        <section class="card plan-action" aria-label=tr(PlanText::RemoveTask)>
            <FormFailure form=form />
            <OpenedBy id="remove-task" label=PlanText::RemoveTask open=asked>
                <p>{tr(PlanText::RemoveTaskConfirm)}</p>
                <button
                    id="confirm-remove-task"
                    type="button"
                    class="button button-danger"
                    disabled=form.pending()
                    on:click={
                        let remove = remove.clone();
                        move |_| remove()
                    }
                >
                    {tr(PlanText::RemoveTaskConfirmButton)}
                </button>
                <button type="button" class="button" on:click=move |_| asked.set(false)>
                    {tr(CommonText::Cancel)}
                </button>
            </OpenedBy>
        </section>
    }
}
