use hgcs_domain::TaskId;
use hgcs_domain::api::plans::{PlanSummary, Task, TaskDetail};
use hgcs_domain::schedule::Schedule;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, OpenedBy, use_detail};
use crate::components::library::TaskLibraryCard;
use crate::components::materials::TaskMaterialsCard;
use crate::components::plans::TaskForm;
use crate::components::supervisions::{Supervised, SupervisionForm};
use crate::components::tasks::{EventForm, RemoveTask, TaskHeader, UpdateForm, UpdateList};
use crate::components::trainings::TaskCourses;
use crate::i18n::{PlanText, TaskEditText, tr};

#[component]
pub fn TaskDetailPage() -> impl IntoView {
    let api = use_api();
    let detail = use_detail(move |id: TaskId| async move { api.task(id).await });
    let notice = Announcement::new();
    let on_posted = notice.and_reload(PlanText::UpdatePosted, detail);
    let on_event = notice.and_reload(PlanText::Saved, detail);
    let on_edited = notice.and_reload(TaskEditText::TaskSaved, detail);
    view! {
        <Announced notice=notice />
        <Loaded resource=detail let:detail>
            <TaskView detail=detail on_posted=on_posted on_event=on_event on_edited=on_edited />
        </Loaded>
    }
}

/// For whoever manages the plan: a button that opens the task for editing.
#[component]
fn TaskEdit(task: Task, plan: PlanSummary, on_edited: Callback<Task>) -> impl IntoView {
    let editing = RwSignal::new(false);
    let on_saved = Callback::new(move |task: Task| {
        editing.set(false);
        on_edited.run(task);
    });
    let on_cancel = Callback::new(move |()| editing.set(false));
    let (plan_id, unit_id) = (plan.id, plan.unit.id);
    view! {
        <OpenedBy id="edit-task" label=TaskEditText::EditTask open=editing>
            <TaskForm plan_id=plan_id unit_id=unit_id task=task.clone() on_saved=on_saved on_cancel=on_cancel />
        </OpenedBy>
    }
}

/// The task, its reports, and the forms its holder may use.
#[component]
fn TaskView(
    detail: TaskDetail,
    on_posted: Callback<()>,
    on_event: Callback<()>,
    on_edited: Callback<Task>,
) -> impl IntoView {
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
    let edit = detail.can_manage.then(|| {
        view! { <TaskEdit task=task.clone() plan=detail.plan.clone() on_edited=on_edited /> }
    });
    let update_form = detail
        .can_report
        .then(|| view! { <UpdateForm task=task.clone() on_posted=on_posted /> });
    view! {
        <TaskHeader task=task plan=detail.plan />
        {edit}
        {event_form}
        <section class="card" aria-labelledby="task-updates">
            <h2 id="task-updates">{tr(PlanText::Updates)}</h2>
            <UpdateList updates=detail.updates />
        </section>
        {update_form}
        <TaskMaterialsCard task=task_id materials=detail.materials />
        <TaskLibraryCard library=detail.library />
        <TaskCourses task=task_id trainings=detail.trainings />
        <SupervisionForm supervised=Supervised::Task(task_id) />
        {remove}
    }
}
