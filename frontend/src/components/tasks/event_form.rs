use hgcs_domain::TaskId;
use hgcs_domain::api::plans::EventHappened;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Submit, SubmitButton};
use crate::format::{self, parse_date};
use crate::i18n::PlanText;

/// Records the day the awaited event happened; the due day follows from it.
#[component]
pub fn EventForm(task_id: TaskId, on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let day = RwSignal::new(format::date(format::today()));
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let Some(happened_on) = parse_date(&day.get_untracked()) else {
            return;
        };
        form.start();
        form.send(
            async move {
                api.record_event(task_id, &EventHappened { happened_on })
                    .await
            },
            move |_| on_done.run(()),
        );
    });
    view! {
        <FormFrame form=form id="event-title" title=PlanText::RecordEvent class="form card" on_submit=submit>
            <DateField id="event-date" label=PlanText::EventDate value=day />
            <SubmitButton id="record-event" label=PlanText::Save form=form />
        </FormFrame>
    }
}
