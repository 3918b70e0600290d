use chrono::NaiveDate;
use hgcs_domain::Lang;
use hgcs_domain::schedule::Schedule;
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

use crate::components::common::{DateField, SelectField, TextField, local_error};
use crate::format::{self, parse_date};
use crate::i18n::{CommonText, TaskEditText, text, tr};
use crate::state::use_lang;

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// A task's schedule as typed: which kind, and the fields of every kind, so
/// switching kind keeps what was typed.
#[derive(Debug, Clone, Copy)]
pub struct ScheduleInputs {
    pub kind: RwSignal<String>,
    year: RwSignal<String>,
    quarters: RwSignal<Vec<u8>>,
    on: RwSignal<String>,
    from: RwSignal<String>,
    to: RwSignal<String>,
    event: RwSignal<String>,
    within_days: RwSignal<String>,
    /// Kept from the task being edited: the day its event happened.
    happened_on: Option<NaiveDate>,
}

impl ScheduleInputs {
    /// Filled from `schedule`, or for a new task a schedule by quarter in `year`.
    pub fn new(schedule: Option<&Schedule>, year: i32) -> Self {
        let inputs = ScheduleInputs {
            kind: RwSignal::new("quarters".to_owned()),
            year: RwSignal::new(year.to_string()),
            quarters: RwSignal::new(Vec::new()),
            on: RwSignal::new(String::new()),
            from: RwSignal::new(String::new()),
            to: RwSignal::new(String::new()),
            event: RwSignal::new(String::new()),
            within_days: RwSignal::new("30".to_owned()),
            happened_on: match schedule {
                Some(Schedule::Event { happened_on, .. }) => *happened_on,
                _ => None,
            },
        };
        let day = |day: &NaiveDate| format::date(*day);
        let kind = match schedule {
            None => "quarters",
            Some(Schedule::Quarters { year, quarters }) => {
                inputs.year.set(year.to_string());
                inputs.quarters.set(quarters.clone());
                "quarters"
            }
            Some(Schedule::Year { year }) => {
                inputs.year.set(year.to_string());
                "year"
            }
            Some(Schedule::Date { on }) => {
                inputs.on.set(day(on));
                "date"
            }
            Some(Schedule::Range { from, to }) => {
                inputs.from.set(day(from));
                inputs.to.set(day(to));
                "range"
            }
            Some(Schedule::Event {
                description,
                within_days,
                ..
            }) => {
                inputs.event.set(description.clone());
                inputs.within_days.set(within_days.to_string());
                "event"
            }
        };
        inputs.kind.set(kind.to_owned());
        inputs
    }

    /// The schedule as typed, or what is wrong with it, by field.
    pub fn read(&self, lang: Lang) -> Result<Schedule, Vec<FieldError>> {
        let date = |signal: RwSignal<String>, field: &str| {
            parse_date(&signal.get_untracked())
                .ok_or_else(|| vec![local_error(field, text(lang, CommonText::DateInvalid))])
        };
        let year = || {
            self.year
                .get_untracked()
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))
                .ok_or_else(|| {
                    vec![local_error(
                        "schedule.year",
                        text(lang, TaskEditText::YearInvalid),
                    )]
                })
        };
        match self.kind.get_untracked().as_str() {
            "year" => Ok(Schedule::Year { year: year()? }),
            "date" => Ok(Schedule::Date {
                on: date(self.on, "schedule.on")?,
            }),
            "range" => {
                let from = date(self.from, "schedule.from");
                let to = date(self.to, "schedule.to");
                match (from, to) {
                    (Ok(from), Ok(to)) => Ok(Schedule::Range { from, to }),
                    (from, to) => Err([from.err(), to.err()]
                        .into_iter()
                        .flatten()
                        .flatten()
                        .collect()),
                }
            }
            "event" => {
                let days = self.within_days.get_untracked().trim().parse::<u32>();
                let Ok(within_days @ 1..=3650) = days else {
                    return Err(vec![local_error(
                        "schedule.within_days",
                        text(lang, TaskEditText::DaysInvalid),
                    )]);
                };
                Ok(Schedule::Event {
                    description: self.event.get_untracked().trim().to_owned(),
                    happened_on: self.happened_on,
                    within_days,
                })
            }
            _ => {
                let year = year()?;
                let mut quarters = self.quarters.get_untracked();
                quarters.sort_unstable();
                quarters.dedup();
                if quarters.is_empty() {
                    return Err(vec![local_error(
                        "schedule.quarters",
                        text(lang, TaskEditText::ChooseQuarter),
                    )]);
                }
                Ok(Schedule::Quarters { year, quarters })
            }
        }
    }
}

/// The kind of schedule and the fields that kind needs.
#[component]
pub fn ScheduleFields(
    inputs: ScheduleInputs,
    /// Field errors by name ("schedule", "schedule.year", …).
    error: impl Fn(&'static str) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        [
            ("quarters", TaskEditText::KindQuarters),
            ("year", TaskEditText::KindYear),
            ("date", TaskEditText::KindDate),
            ("range", TaskEditText::KindRange),
            ("event", TaskEditText::KindEvent),
        ]
        .into_iter()
        .map(|(key, label)| (key.to_owned(), text(lang, label).to_owned()))
        .collect::<Vec<_>>()
    });
    let quarter_boxes = (1..=4u8)
        .map(|quarter| {
            let id = format!("task-quarter-{quarter}");
            let checked = move || inputs.quarters.get().contains(&quarter);
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                inputs.quarters.update(|chosen| {
                    chosen.retain(|q| *q != quarter);
                    if on {
                        chosen.push(quarter);
                    }
                });
            };
            view! {
                <span class="field-check">
                    <input id=id.clone() type="checkbox" prop:checked=checked on:change=toggle />
                    <label for=id>{ROMAN[usize::from(quarter - 1)]}</label>
                </span>
            }
        })
        .collect_view();
    let kind = inputs.kind;
    let note = move |field: &'static str| {
        move || {
            error(field)
                .get()
                .map(|m| view! { <p class="field-error form-note">{m}</p> })
        }
    };
    view! {
        <SelectField id="task-schedule-kind" label=TaskEditText::ScheduleKind value=kind options=kinds error=error("schedule") />
        <Show when=move || matches!(kind.get().as_str(), "quarters" | "year")>
            <TextField id="task-year" label=TaskEditText::ScheduleYear value=inputs.year error=error("schedule.year") />
        </Show>
        <Show when=move || kind.get() == "quarters">
            <fieldset class="field">
                <legend>{tr(TaskEditText::Quarters)}</legend>
                {quarter_boxes.clone()}
                {note("schedule.quarters")}
            </fieldset>
        </Show>
        <Show when=move || kind.get() == "date">
            <DateField id="task-on" label=TaskEditText::OnDay value=inputs.on />
            {note("schedule.on")}
        </Show>
        <Show when=move || kind.get() == "range">
            <DateField id="task-from" label=TaskEditText::FromDay value=inputs.from />
            <DateField id="task-to" label=TaskEditText::ToDay value=inputs.to />
            {note("schedule.from")}
            {note("schedule.to")}
        </Show>
        <Show when=move || kind.get() == "event">
            <TextField id="task-event" label=TaskEditText::EventDescription value=inputs.event />
            <TextField id="task-within-days" label=TaskEditText::WithinDays value=inputs.within_days error=error("schedule.within_days") />
        </Show>
    }
}
