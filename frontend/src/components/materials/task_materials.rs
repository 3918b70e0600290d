use hgcs_domain::TaskId;
use hgcs_domain::api::materials::TaskMaterials;
use hgcs_domain::text::thousands;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{MaterialText, tr};

/// What the material sets printed for a plan task (II.1) came to, as the
/// task's page arrived with it.
#[component]
pub fn TaskMaterialsCard(task: TaskId, materials: TaskMaterials) -> impl IntoView {
    (materials.runs > 0).then(|| {
        view! {
            <section class="card" aria-labelledby="task-materials" data-test="task-materials">
                <h2 id="task-materials">{tr(MaterialText::TaskMaterials)}</h2>
                <dl class="facts">
                    <dt>{tr(MaterialText::Runs)}</dt>
                    <dd>{materials.runs}</dd>
                    <dt>{tr(MaterialText::Printed)}</dt>
                    <dd data-test="task-printed">{thousands(materials.printed)}</dd>
                    <dt>{tr(MaterialText::Distributed)}</dt>
                    <dd data-test="task-distributed">{thousands(materials.distributed)}</dd>
                    <dt>{tr(MaterialText::Confirmed)}</dt>
                    <dd data-test="task-confirmed">{thousands(materials.confirmed)}</dd>
                </dl>
                <p><A href=format!("/materials?task_id={task}")>{tr(MaterialText::NavMaterials)}</A></p>
            </section>
        }
    })
}
