use hgcs_domain::api::auth::Me;
use hgcs_domain::api::trainings::{Course, CourseInput};
use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::validation::Checker;
use hgcs_domain::{OrganisationId, Role, TaskId, UnitId};
use leptos::prelude::*;

use super::session_fields::{SessionDraft, SessionFields};
use crate::api::use_api;
use crate::components::common::{
    DateField, FormFrame, SelectField, Submit, SubmitButton, TextField, local_error,
};
use crate::format::parse_date;
use crate::i18n::{CommonText, TrainingText, text, tr};
use crate::state::use_lang;

/// A new course of the user's unit: its title, venue, days, the hours a
/// certificate needs, the wards it is meant for (a ward's course is for
/// the ward) and its sessions; for `task` when opened from a task's page.
#[component]
pub fn CourseForm(me: Me, task: Option<TaskId>, on_created: Callback<Course>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let unit_id = me.unit.id;
    let city = me.role != Role::WardOfficial;
    let title = RwSignal::new(String::new());
    let venue = RwSignal::new(String::new());
    let starts_on = RwSignal::new(String::new());
    let ends_on = RwSignal::new(String::new());
    let min_hours = RwSignal::new(String::new());
    let capacity = RwSignal::new(String::new());
    // The user's own office organises unless another is chosen.
    let organiser = RwSignal::new(
        me.organisation
            .as_ref()
            .map(|o| o.id.to_string())
            .unwrap_or_default(),
    );
    let organisations =
        LocalResource::new(
            move || async move { api.organisations(unit_id).await.unwrap_or_default() },
        );
    let organiser_options = Signal::derive(move || {
        organisations
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|o| (o.id.to_string(), o.name))
            .collect::<Vec<_>>()
    });
    let chosen: RwSignal<Vec<UnitId>> = RwSignal::new(Vec::new());
    let sessions = RwSignal::new(vec![SessionDraft::new()]);
    let wards = LocalResource::new(move || async move {
        if !city {
            return Vec::new();
        }
        let query = UnitQuery {
            parent_id: Some(unit_id),
            ..UnitQuery::default()
        };
        api.units(&query).await.unwrap_or_default()
    });
    let form = Submit::new();

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let drafts = sessions.get_untracked();
        let typed: Vec<_> = drafts.iter().map(SessionDraft::input).collect();
        let (Some(starts), Some(ends)) = (
            parse_date(&starts_on.get_untracked()),
            parse_date(&ends_on.get_untracked()),
        ) else {
            form.reject(vec![local_error(
                "starts_on",
                text(lang, CommonText::DateInvalid),
            )]);
            return;
        };
        if typed.iter().any(Option::is_none) {
            form.reject(vec![local_error(
                "sessions",
                text(lang, CommonText::DateInvalid),
            )]);
            return;
        }
        let hours: f64 = min_hours
            .get_untracked()
            .trim()
            .replace(',', ".")
            .parse()
            .unwrap_or(0.0);
        let input = CourseInput {
            unit_id,
            task_id: task,
            organiser_id: organiser.get_untracked().parse().ok().map(OrganisationId),
            title: title.get_untracked(),
            venue: venue.get_untracked(),
            starts_on: starts,
            ends_on: ends,
            capacity: capacity.get_untracked().trim().parse().ok(),
            min_minutes: (hours * 60.0).round() as i32,
            audience: if city {
                chosen.get_untracked()
            } else {
                vec![unit_id]
            },
            sessions: typed.into_iter().flatten().collect(),
        };
        let mut check = Checker::new();
        let input = input.check(&mut check);
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move { api.create_course(&input).await },
            move |course| on_created.run(course),
        );
    });
    let toggle = move |id: UnitId| {
        chosen.update(|list| {
            if let Some(at) = list.iter().position(|u| *u == id) {
                list.remove(at);
            } else {
                list.push(id);
            }
        })
    };

    view! {
        <FormFrame form=form id="course-form-title" title=TrainingText::NewCourse on_submit=submit>
            {task.map(|_| view! { <p class="field-hint field-wide" data-test="course-for-task">{tr(TrainingText::ForTask)}</p> })}
            <div class="field-wide">
                <TextField id="course-title" label=TrainingText::CourseTitle value=title required=true error=form.field("title") />
            </div>
            <TextField id="course-venue" label=TrainingText::Venue value=venue error=form.field("venue") />
            <DateField id="course-starts-on" label=TrainingText::StartsOn value=starts_on />
            <DateField id="course-ends-on" label=TrainingText::EndsOn value=ends_on />
            <TextField id="course-min-hours" label=TrainingText::MinHours value=min_hours input_type="number" error=form.field("min_minutes") />
            <SelectField id="course-organiser" label=TrainingText::Organiser value=organiser options=organiser_options empty=TrainingText::NoOrganiser error=form.field("organiser_id") />
            <TextField id="course-capacity" label=TrainingText::Capacity value=capacity input_type="number" error=form.field("capacity") />
            <Show when=move || city>
                <fieldset class="field-wide checklist">
                    <legend>{tr(TrainingText::Audience)}</legend>
                    <p class="field-hint">{tr(TrainingText::AudienceHint)}</p>
                    <ul>
                        {move || wards.get().unwrap_or_default().into_iter().map(|ward| {
                            let id = ward.id;
                            let input_id = format!("audience-{id}");
                            view! {
                                <li class="field-check">
                                    <input id=input_id.clone() type="checkbox" data-test="audience-unit"
                                        checked=move || chosen.get().contains(&id)
                                        on:change=move |_| toggle(id) />
                                    <label for=input_id>{ward.name}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </fieldset>
            </Show>
            {move || sessions.get().into_iter().enumerate().map(|(index, draft)| view! {
                <SessionFields index=index draft=draft form=form />
            }).collect_view()}
            <div class="field-wide">
                <button id="add-session" type="button" class="button"
                    on:click=move |_| sessions.update(|list| list.push(SessionDraft::new()))>
                    {tr(TrainingText::AddSession)}
                </button>
            </div>
            <SubmitButton id="create-course" label=TrainingText::CreateCourse form=form />
        </FormFrame>
    }
}
