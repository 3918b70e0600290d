use hgcs_domain::TaskId;
use hgcs_domain::api::plans::EventHappened;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::{DateField, ErrorBanner};
use crate::format::{self, parse_date};
use crate::i18n::{PlanText, tr};

/// Records the day the awaited event happened; the due day follows from it.
#[component]
pub fn EventForm(task_id: TaskId, on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let day = RwSignal::new(format::date(format::today()));
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(happened_on) = parse_date(&day.get_untracked()) else {
            return;
        };
        failure.set(None);
        pending.set(true);
        spawn_local(async move {
            let result = api
                .record_event(task_id, &EventHappened { happened_on })
                .await;
            pending.set(false);
            match result {
                Ok(_) => on_done.run(()),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <form class="form card" on:submit=submit novalidate=true aria-labelledby="event-title">
            <h2 id="event-title" class="form-title">{tr(PlanText::RecordEvent)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <DateField id="event-date" label=PlanText::EventDate value=day />
            <div class="form-actions">
                <button id="record-event" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(PlanText::Save)}
                </button>
            </div>
        </form>
    }
}
