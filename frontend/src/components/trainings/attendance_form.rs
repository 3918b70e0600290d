use hgcs_domain::api::trainings::{
    AttendanceInput, AttendanceSheet, Invitee, MarkInput, Session, SessionAttendance,
};
use hgcs_domain::trainings::AttendanceStatus;
use hgcs_domain::{CourseId, MediatorId};
use leptos::prelude::*;

use super::sheet_upload::SheetUpload;
use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton};
use crate::format;
use crate::i18n::{self, MediationText, TrainingText, text, tr};
use crate::state::use_lang;

/// One invitee's mark as chosen: present unless changed, minutes only
/// when not the whole session.
#[derive(Debug, Clone, Copy)]
struct Row {
    mediator: MediatorId,
    status: RwSignal<String>,
    minutes: RwSignal<String>,
    /// The sheet's line this mark came from.
    line: RwSignal<Option<usize>>,
}

/// Fills the rows from a sheet: its marks where it names the invitee,
/// absent where it does not.
fn fill(rows: &[Row], sheet: &AttendanceSheet) -> usize {
    let mut absent = 0;
    for row in rows {
        match sheet.marks.iter().find(|m| m.mediator.id == row.mediator) {
            Some(mark) => {
                row.status.set(mark.status.as_str().to_owned());
                row.minutes
                    .set(mark.minutes.map(|m| m.to_string()).unwrap_or_default());
                row.line.set(Some(mark.line));
            }
            None => {
                absent += 1;
                row.status.set(AttendanceStatus::Absent.as_str().to_owned());
                row.minutes.set(String::new());
                row.line.set(None);
            }
        }
    }
    absent
}

/// What the sheet filled in and the lines it could not.
#[component]
fn SheetSummary(sheet: AttendanceSheet, absent: usize) -> impl IntoView {
    let lang = use_lang();
    let any_problem = !sheet.problems.is_empty();
    let problems = sheet
        .problems
        .into_iter()
        .map(|problem| {
            let line = problem.line;
            view! {
                <li data-test="sheet-problem" data-line=line>
                    {move || i18n::problem_line(lang.get(), line)}
                    {problem.message}
                </li>
            }
        })
        .collect_view();
    let filled = sheet.marks.len();
    let file = sheet.file_name;
    view! {
        <div class="banner" role="status" data-test="sheet-summary">
            <p>{move || i18n::sheet_read(lang.get(), &file, filled, absent)}</p>
            {any_problem.then(|| view! {
                <p class="banner-title">{tr(TrainingText::SheetProblems)}</p>
                <ul class="import-problems">{problems}</ul>
            })}
        </div>
    }
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
                    line: RwSignal::new(None),
                },
                i.mediator.full_name,
            )
        })
        .collect();
    let marks: Vec<Row> = rows.iter().map(|(row, _)| *row).collect();
    let read = RwSignal::new(None::<(AttendanceSheet, usize)>);
    let filled_rows = marks.clone();
    let on_read = Callback::new(move |sheet: AttendanceSheet| {
        let absent = fill(&filled_rows, &sheet);
        read.set(Some((sheet, absent)));
    });
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
                <li class="attendance-row" data-test="attendance-row"
                    data-sheet-line=move || row.line.get().map(|l| l.to_string())>
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
        <SheetUpload course=course session=session_id on_read=on_read />
        {move || read.get().map(|(sheet, absent)| view! { <SheetSummary sheet=sheet absent=absent /> })}
        <FormFrame form=form id="attendance-title" title=TrainingText::Attendance subject=subject reveal=true on_submit=submit>
            <p class="field-hint field-wide">{tr(MediationText::Members)}</p>
            <ul class="attendance-list field-wide">{lines}</ul>
            <SubmitButton id="save-attendance" label=TrainingText::SaveAttendance form=form />
        </FormFrame>
    }
}
