use hgcs_domain::api::trainings::{
    AttendanceInput, Invitee, MarkInput, Session, SessionAttendance,
};
use hgcs_domain::trainings::AttendanceStatus;
use hgcs_domain::{CourseId, MediatorId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton};
use crate::format;
use crate::i18n::{MediationText, TrainingText, text, tr};
use crate::state::use_lang;

/// One invitee's mark as chosen: present unless changed, minutes only
/// when not the whole session.
#[derive(Debug, Clone, Copy)]
struct Row {
    mediator: MediatorId,
    status: RwSignal<String>,
    minutes: RwSignal<String>,
}

fn label(status: AttendanceStatus) -> TrainingText {
    match status {
        AttendanceStatus::Present => TrainingText::Present,
        AttendanceStatus::Absent => TrainingText::Absent,
        AttendanceStatus::Excused => TrainingText::Excused,
    }
}

/// Attendance of a session, one row per invited mediator, made to be
/// taken on a phone: a select and an optional number each.
#[component]
pub fn AttendanceForm(
    course: CourseId,
    version: i32,
    session: Session,
    invitees: Vec<Invitee>,
    on_saved: Callback<SessionAttendance>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let form = Submit::new();
    let session_id = session.id;
    let rows: Vec<(Row, String)> = invitees
        .into_iter()
        .map(|i| {
            (
                Row {
                    mediator: i.mediator.id,
                    status: RwSignal::new("present".to_owned()),
                    minutes: RwSignal::new(String::new()),
                },
                i.mediator.full_name,
            )
        })
        .collect();
    let marks: Vec<Row> = rows.iter().map(|(row, _)| *row).collect();
    let submit = Callback::new(move |()| {
        let input = AttendanceInput {
            marks: marks
                .iter()
                .map(|row| MarkInput {
                    mediator_id: row.mediator,
                    status: AttendanceStatus::parse(&row.status.get_untracked())
                        .unwrap_or(AttendanceStatus::Present),
                    minutes: row.minutes.get_untracked().trim().parse().ok(),
                })
                .collect(),
        };
        form.send(
            async move {
                api.record_attendance(course, session_id, version, &input)
                    .await
            },
            move |saved| on_saved.run(saved),
        );
    });
    let lines = rows
        .into_iter()
        .enumerate()
        .map(|(index, (row, name))| {
            let select_id = format!("mark-{}", row.mediator);
            let minutes_id = format!("minutes-{}", row.mediator);
            let options = AttendanceStatus::ALL
                .iter()
                .map(|s| {
                    let value = s.as_str();
                    view! {
                        <option value=value selected=move || row.status.get() == value>
                            {move || text(lang.get(), label(*s))}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <li class="attendance-row" data-test="attendance-row">
                    <label for=select_id.clone()>{name}</label>
                    <select id=select_id on:change=move |ev| row.status.set(event_target_value(&ev))>
                        {options}
                    </select>
                    <input id=minutes_id type="number" min="0" inputmode="numeric"
                        aria-label=move || text(lang.get(), TrainingText::MinutesPresent)
                        placeholder=move || text(lang.get(), TrainingText::MinutesPresent)
                        bind:value=row.minutes />
                    {move || form.field(format!("marks[{index}].minutes")).get()
                        .map(|m| view! { <p class="field-error">{m}</p> })}
                </li>
            }
        })
        .collect_view();
    let subject = format!("{} – {}", format::date(session.held_on), session.topic);
    view! {
        <FormFrame form=form id="attendance-title" title=TrainingText::Attendance subject=subject reveal=true on_submit=submit>
            <p class="field-hint field-wide">{tr(MediationText::Members)}</p>
            <ul class="attendance-list field-wide">{lines}</ul>
            <SubmitButton id="save-attendance" label=TrainingText::SaveAttendance form=form />
        </FormFrame>
    }
}
