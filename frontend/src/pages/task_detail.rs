use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskDetail;
use hgcs_domain::schedule::Schedule;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Loaded, Notice, use_detail};
use crate::components::tasks::{EventForm, TaskHeader, UpdateForm, UpdateList};
use crate::i18n::{PlanText, text, tr};
use crate::state::use_lang;

#[component]
pub fn TaskDetailPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let detail = use_detail(move |id: TaskId| async move { api.task(id).await });
    // Outside the reloaded view, so it survives the reload it announces.
    let notice = RwSignal::new(None::<String>);
    let on_posted = Callback::new(move |()| {
        notice.set(Some(
            text(lang.get_untracked(), PlanText::UpdatePosted).to_owned(),
        ));
        detail.refetch();
    });
    let on_event = Callback::new(move |()| {
        notice.set(Some(text(lang.get_untracked(), PlanText::Saved).to_owned()));
        detail.refetch();
    });
    view! {
        {move || notice.get().map(|message| view! { <Notice message=message /> })}
        <Loaded resource=detail let:detail>
            <TaskView detail=detail on_posted=on_posted on_event=on_event />
        </Loaded>
    }
}

/// The task, its reports, and the forms its holder may use.
#[component]
fn TaskView(detail: TaskDetail, on_posted: Callback<()>, on_event: Callback<()>) -> impl IntoView {
    let task = detail.task;
    let awaits_event = matches!(
        task.schedule,
        Schedule::Event {
            happened_on: None,
            ..
        }
    );
    let event_form = (awaits_event && detail.can_manage)
        .then(|| view! { <EventForm task_id=task.id on_done=on_event /> });
    let update_form = detail
        .can_report
        .then(|| view! { <UpdateForm task=task.clone() on_posted=on_posted /> });
    view! {
        <TaskHeader task=task plan=detail.plan />
        {event_form}
        <section class="card" aria-labelledby="task-updates">
            <h2 id="task-updates">{tr(PlanText::Updates)}</h2>
            <UpdateList updates=detail.updates />
        </section>
        {update_form}
    }
}
