use hgcs_domain::api::plans::{Plan, Task, TaskOrder};
use hgcs_domain::plan::moved_one_place;
use hgcs_domain::{PlanId, UnitId};
use leptos::prelude::*;

use super::task_form::TaskForm;
use super::task_table::TaskTable;
use crate::api::use_api;
use crate::components::common::{FormFailure, OpenedBy, Submit};
use crate::i18n::{PlanText, TaskEditText, tr};

/// Section II: the tasks as a table; for whoever manages the plan, buttons
/// that move a task up or down and a form that adds one. `on_changed`
/// says what was saved, and the page loads the plan again.
#[component]
pub fn PlanTasks(plan: Plan, on_changed: Callback<TaskEditText>) -> impl IntoView {
    let api = use_api();
    let (plan_id, unit_id): (PlanId, UnitId) = (plan.summary.id, plan.summary.unit.id);
    let version = plan.version;
    let ids: Vec<_> = plan.tasks.iter().map(|task| task.id).collect();
    let ordering = Submit::new();
    let on_move = plan.can_manage.then(|| {
        Callback::new(move |(index, up): (usize, bool)| {
            let Some(task_ids) = moved_one_place(&ids, index, up) else {
                return;
            };
            if ordering.is_pending() {
                return;
            }
            ordering.start();
            ordering.send(
                async move {
                    api.reorder_tasks(plan_id, version, &TaskOrder { task_ids })
                        .await
                },
                move |_| on_changed.run(TaskEditText::OrderSaved),
            );
        })
    });
    let adding = RwSignal::new(false);
    let on_added = Callback::new(move |_: Task| {
        adding.set(false);
        on_changed.run(TaskEditText::TaskAdded);
    });
    let on_cancel = Callback::new(move |()| adding.set(false));
    let can_add = plan.can_manage;
    view! {
        <section class="card" aria-labelledby="plan-tasks">
            <h2 id="plan-tasks">{tr(PlanText::TasksHeading)}</h2>
            <FormFailure form=ordering />
            <TaskTable tasks=plan.tasks on_move=on_move />
            {can_add.then(|| view! {
                <OpenedBy id="add-task" label=TaskEditText::AddTask open=adding>
                    <TaskForm plan_id=plan_id unit_id=unit_id on_saved=on_added on_cancel=on_cancel />
                </OpenedBy>
            })}
        </section>
    }
}
