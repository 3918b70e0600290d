use hgcs_domain::api::trainings::Course;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{TrainingText, tr};

/// Courses, each opening its page.
#[component]
pub fn CourseTable(courses: Vec<Course>) -> impl IntoView {
    if courses.is_empty() {
        return view! { <p class="empty">{tr(TrainingText::NoCourses)}</p> }.into_any();
    }
    let rows = courses
        .into_iter()
        .map(|course| {
            view! {
                <tr data-test="course-row">
                    <td><A href=format!("/courses/{}", course.id)>{course.title}</A></td>
                    <td>{course.unit.name}</td>
                    <td class="nowrap">{format::period(course.starts_on, course.ends_on)}</td>
                    <td class="nowrap">{course.sessions.len()}</td>
                    <td class="nowrap">{course.invited}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(TrainingText::CourseList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(TrainingText::CourseTitle)}</th>
                        <th scope="col">{tr(TrainingText::Organiser)}</th>
                        <th scope="col">{tr(TrainingText::Days)}</th>
                        <th scope="col">{tr(TrainingText::Sessions)}</th>
                        <th scope="col">{tr(TrainingText::Invited)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
