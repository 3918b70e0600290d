use hgcs_domain::api::trainings::CourseQuery;
use hgcs_domain::{Role, TaskId};
use leptos::prelude::*;
use leptos_router::components::A;

use super::CourseTable;
use crate::api::use_api;
use crate::i18n::{TrainingText, tr};
use crate::state::has_role;

const ORGANISERS: &[Role] = &[Role::CityJustice, Role::WardOfficial];

/// The courses that serve a plan task (II.2), shown on the task's page
/// once there is one; organisers open a course for the task from here.
#[component]
pub fn TaskCourses(task: TaskId) -> impl IntoView {
    let api = use_api();
    let organises = has_role(ORGANISERS);
    let courses = LocalResource::new(move || async move {
        let query = CourseQuery {
            task_id: Some(task),
            ..CourseQuery::default()
        };
        api.courses(&query).await.unwrap_or_default()
    });
    let found = move || courses.get().unwrap_or_default();
    view! {
        <Show when=move || organises.get() || !found().is_empty()>
            <section class="card" aria-labelledby="task-courses" data-test="task-courses">
                <h2 id="task-courses">{tr(TrainingText::TaskCourses)}</h2>
                <Show when=move || !found().is_empty()>
                    {move || view! { <CourseTable courses=found() /> }}
                </Show>
                <Show when=move || organises.get()>
                    <p class="plan-action">
                        <A href=format!("/courses?task_id={task}") attr:class="button" attr:data-test="open-course">
                            {tr(TrainingText::OpenCourseForTask)}
                        </A>
                    </p>
                </Show>
            </section>
        </Show>
    }
}
