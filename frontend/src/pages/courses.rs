use hgcs_domain::api::auth::Me;
use hgcs_domain::api::trainings::{Course, CourseQuery};
use hgcs_domain::{Role, TaskId};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::use_api;
use crate::components::common::Loaded;
use crate::components::trainings::{CourseForm, CourseTable};
use crate::i18n::{TrainingText, tr};
use crate::state::use_app;

const ORGANISERS: &[Role] = &[Role::CityJustice, Role::WardOfficial];

#[component]
pub fn CoursesPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <Courses me=me /> })
    }
}

/// The courses of the user's units and those meant for them; the Justice
/// Office and a ward's official open new ones here.
#[component]
fn Courses(me: Me) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let organises = ORGANISERS.contains(&me.role);
    // A task's page opens this one to make a course for the task.
    let task = use_query_map()
        .get_untracked()
        .get("task_id")
        .and_then(|v| v.parse().ok())
        .map(TaskId);
    let courses =
        LocalResource::new(move || async move { api.courses(&CourseQuery::default()).await });
    let on_created = Callback::new(move |course: Course| {
        navigate(
            &format!("/courses/{}", course.id),
            NavigateOptions::default(),
        );
    });
    view! {
        <h1>{tr(TrainingText::NavCourses)}</h1>
        <p>{tr(TrainingText::Intro)}</p>
        <section class="card" aria-labelledby="course-list">
            <h2 id="course-list">{tr(TrainingText::CourseList)}</h2>
            <Loaded resource=courses let:list>
                <CourseTable courses=list />
            </Loaded>
        </section>
        {organises.then(|| view! { <CourseForm me=me task=task on_created=on_created /> })}
    }
}
