use hgcs_domain::TaskId;
use hgcs_domain::api::plans::TaskTrainings;
use leptos::prelude::*;
use leptos_router::components::A;

use super::CourseTable;
use crate::i18n::{TrainingText, tr};

/// The courses that serve a plan task (II.2) and what they have done, as
/// the task's page arrived with them; organisers open a course for the
/// task from here.
#[component]
pub fn TaskCourses(task: TaskId, trainings: TaskTrainings) -> impl IntoView {
    if trainings.courses.is_empty() && !trainings.can_open {
        return ().into_any();
    }
    let open = trainings.can_open.then(|| {
        view! {
            <p class="plan-action">
                <A href=format!("/courses?task_id={task}") attr:class="button" attr:data-test="open-course">
                    {tr(TrainingText::OpenCourseForTask)}
                </A>
            </p>
        }
    });
    let figures = (!trainings.courses.is_empty()).then(|| {
        view! {
            <dl class="facts" data-test="task-training-figures">
                <dt>{tr(TrainingText::CoursesHeld)}</dt>
                <dd data-test="task-courses-count">{trainings.courses.len()}</dd>
                <dt>{tr(TrainingText::MediatorsTrained)}</dt>
                <dd data-test="task-attended">{trainings.attended}</dd>
                <dt>{tr(TrainingText::Certificates)}</dt>
                <dd data-test="task-certified">{trainings.certified}</dd>
            </dl>
            <CourseTable courses=trainings.courses />
        }
    });
    view! {
        <section class="card" aria-labelledby="task-courses" data-test="task-courses">
            <h2 id="task-courses">{tr(TrainingText::TaskCourses)}</h2>
            {figures}
            {open}
        </section>
    }
    .into_any()
}
