use hgcs_domain::SessionId;
use hgcs_domain::api::trainings::Session;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{TrainingText, duration, tr};
use crate::state::use_lang;

/// The course's sessions; where the user takes attendance, a button per
/// session chooses it.
#[component]
pub fn SessionsTable(
    sessions: Vec<Session>,
    chosen: RwSignal<Option<SessionId>>,
    takes_attendance: bool,
) -> impl IntoView {
    let lang = use_lang();
    let rows = sessions
        .into_iter()
        .map(|session| {
            let id = session.id;
            let minutes = i64::from(session.minutes);
            let trainers: Vec<String> = session.trainers.into_iter().map(|t| t.name).collect();
            view! {
                <tr data-test="session-row">
                    <td class="nowrap">{format::date(session.held_on)}</td>
                    <td class="nowrap">
                        {session.starts_at.format("%H:%M").to_string()} " – "
                        {session.ends_at.format("%H:%M").to_string()}
                    </td>
                    <td class="nowrap">{move || duration(lang.get(), minutes)}</td>
                    <td>{session.topic}</td>
                    <td>{session.place}</td>
                    <td>{trainers.join(", ")}</td>
                    <td class="nowrap" data-test="marked">{session.marked}</td>
                    <td>
                        {takes_attendance.then(|| view! {
                            <button type="button" class="button" data-test="take-attendance"
                                on:click=move |_| chosen.set(Some(id))>
                                {tr(TrainingText::TakeAttendance)}
                            </button>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(TrainingText::Sessions)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(TrainingText::HeldOn)}</th>
                        <th scope="col">{tr(TrainingText::StartsAt)}</th>
                        <th scope="col">{tr(TrainingText::Minutes)}</th>
                        <th scope="col">{tr(TrainingText::Topic)}</th>
                        <th scope="col">{tr(TrainingText::Place)}</th>
                        <th scope="col">{tr(TrainingText::Trainer)}</th>
                        <th scope="col">{tr(TrainingText::Marked)}</th>
                        <th scope="col"><span class="visually-hidden">{tr(TrainingText::TakeAttendance)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
