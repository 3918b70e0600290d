use chrono::NaiveTime;
use hgcs_domain::api::trainings::{SessionInput, Trainer};
use leptos::prelude::*;

use crate::components::common::{DateField, Submit, TextField};
use crate::format::parse_date;
use crate::i18n::{TrainingText, tr};

/// One session as typed: the day (dd/mm/yyyy), the times ("08:00"), the
/// topic, the place and one trainer's name.
#[derive(Debug, Clone, Copy)]
pub struct SessionDraft {
    pub held_on: RwSignal<String>,
    pub starts_at: RwSignal<String>,
    pub ends_at: RwSignal<String>,
    pub topic: RwSignal<String>,
    pub place: RwSignal<String>,
    pub trainer: RwSignal<String>,
}

impl SessionDraft {
    pub fn new() -> Self {
        SessionDraft {
            held_on: RwSignal::new(String::new()),
            starts_at: RwSignal::new("08:00".to_owned()),
            ends_at: RwSignal::new("11:00".to_owned()),
            topic: RwSignal::new(String::new()),
            place: RwSignal::new(String::new()),
            trainer: RwSignal::new(String::new()),
        }
    }

    /// The session to send; `None` when a day or a time is not one (the
    /// fields say so).
    pub fn input(&self) -> Option<SessionInput> {
        let time = |text: String| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
        let trainer = self.trainer.get_untracked().trim().to_owned();
        Some(SessionInput {
            held_on: parse_date(&self.held_on.get_untracked())?,
            starts_at: time(self.starts_at.get_untracked())?,
            ends_at: time(self.ends_at.get_untracked())?,
            topic: self.topic.get_untracked(),
            place: self.place.get_untracked(),
            trainers: (!trainer.is_empty())
                .then_some(Trainer {
                    name: trainer,
                    organisation_id: None,
                    user_id: None,
                })
                .into_iter()
                .collect(),
        })
    }
}

/// The fields of session `index` (ids `session-<index>-…`), errors from
/// the form's `sessions[index].…`.
#[component]
pub fn SessionFields(index: usize, draft: SessionDraft, form: Submit) -> impl IntoView {
    let id = |name: &str| format!("session-{index}-{name}");
    let error = move |name: &str| form.field(format!("sessions[{index}].{name}"));
    view! {
        <fieldset class="field-wide form-grid" data-test="session-fields">
            <legend>{tr(TrainingText::Session)} " " {index + 1}</legend>
            <DateField id=id("held-on") label=TrainingText::HeldOn value=draft.held_on />
            {move || error("held_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            <TextField id=id("starts-at") label=TrainingText::StartsAt value=draft.starts_at input_type="time" />
            <TextField id=id("ends-at") label=TrainingText::EndsAt value=draft.ends_at input_type="time" error=error("ends_at") />
            <TextField id=id("topic") label=TrainingText::Topic value=draft.topic required=true error=error("topic") />
            <TextField id=id("place") label=TrainingText::Place value=draft.place error=error("place") />
            <TextField id=id("trainer") label=TrainingText::Trainer value=draft.trainer />
        </fieldset>
    }
}
