use std::collections::BTreeMap;

use chrono::Datelike;
use hgcs_domain::api::trainings::MediatorTraining;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{TrainingText, duration, tr, training_year};
use crate::state::use_lang;

/// The courses a mediator was invited to, the time present at each, the
/// certificate received, and the hours of each year.
#[component]
pub fn MediatorTrainings(trainings: Vec<MediatorTraining>) -> impl IntoView {
    let lang = use_lang();
    if trainings.is_empty() {
        return view! { <p class="empty">{tr(TrainingText::NoTrainings)}</p> }.into_any();
    }
    let mut years: BTreeMap<i32, i64> = BTreeMap::new();
    for training in &trainings {
        *years.entry(training.starts_on.year()).or_default() += training.minutes;
    }
    let totals = years
        .into_iter()
        .rev()
        .map(|(year, minutes)| {
            view! { <li data-test="training-year">{move || training_year(lang.get(), year, minutes)}</li> }
        })
        .collect_view();
    let rows = trainings
        .into_iter()
        .map(|t| {
            let minutes = t.minutes;
            view! {
                <tr data-test="training-row">
                    <td><A href=format!("/courses/{}", t.course_id)>{t.title}</A></td>
                    <td class="nowrap">{format::period(t.starts_on, t.ends_on)}</td>
                    <td class="nowrap">{move || duration(lang.get(), minutes)}</td>
                    <td class="nowrap">{t.certificate.map(|n| format!("{n:02}"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ul class="plain-list">{totals}</ul>
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(TrainingText::NavCourses)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(TrainingText::CourseTitle)}</th>
                        <th scope="col">{tr(TrainingText::Days)}</th>
                        <th scope="col">{tr(TrainingText::TimePresent)}</th>
                        <th scope="col">{tr(TrainingText::Certificates)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
