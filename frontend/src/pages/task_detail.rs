use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskDetail;
use hgcs_domain::schedule::Schedule;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::library::TaskLibraryCard;
use crate::components::materials::TaskMaterialsCard;
use crate::components::tasks::{EventForm, RemoveTask, TaskHeader, UpdateForm, UpdateList};
use crate::components::trainings::TaskCourses;
use crate::i18n::{PlanText, tr};

#[component]
pub fn TaskDetailPage() -> impl IntoView {
    let api = use_api();
    let detail = use_detail(move |id: TaskId| async move { api.task(id).await });
    let notice = Announcement::new();
    let on_posted = notice.and_reload(PlanText::UpdatePosted, detail);
    let on_event = notice.and_reload(PlanText::Saved, detail);
    view! {
        <Announced notice=notice />
        <Loaded resource=detail let:detail>
            <TaskView detail=detail on_posted=on_posted on_event=on_event />
        </Loaded>
    }
}

/// The task, its reports, and the forms its holder may use.
#[component]
fn TaskView(detail: TaskDetail, on_posted: Callback<()>, on_event: Callback<()>) -> impl IntoView {
    let task = detail.task;
    let task_id = task.id;
    let awaits_event = matches!(
        task.schedule,
        Schedule::Event {
            happened_on: None,
            ..
        }
    );
    let event_form = (awaits_event && detail.can_manage)
        .then(|| view! { <EventForm task_id=task.id on_done=on_event /> });
    let remove = (detail.can_manage && detail.updates.is_empty())
        .then(|| view! { <RemoveTask task_id=task.id plan_id=detail.plan.id /> });
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
        <TaskMaterialsCard task=task_id materials=detail.materials />
        <TaskLibraryCard library=detail.library />
        <TaskCourses task=task_id trainings=detail.trainings />
        {remove}
    }
}
