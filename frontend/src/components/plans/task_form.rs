use chrono::Datelike;
use hgcs_domain::api::plans::{Task, TaskInput};
use hgcs_domain::validation::Checker;
use hgcs_domain::{PlanId, UnitId};
use leptos::prelude::*;

use super::party_fields::{PartyFields, PartyInputs};
use super::schedule_fields::{ScheduleFields, ScheduleInputs};
use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton, TextArea, TextField};
use crate::format;
use crate::i18n::{CommonText, PlanText, TaskEditText, tr};
use crate::state::use_lang;

/// A task of a plan as its manager writes it: number, wording, schedule,
/// whether wards take it over, and who leads and helps. With `task` it
/// rewrites that task (from the version it was read at); without, it adds
/// one at the end of the plan.
#[component]
pub fn TaskForm(
    plan_id: PlanId,
    /// The plan's unit, whose organisations may lead or help.
    unit_id: UnitId,
    #[prop(optional)] task: Option<Task>,
    on_saved: Callback<Task>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let editing = task.as_ref().map(|task| (task.id, task.version));
    let field = |value: Option<&String>| RwSignal::new(value.cloned().unwrap_or_default());
    let code = field(task.as_ref().map(|t| &t.code));
    let title = field(task.as_ref().map(|t| &t.title));
    let description = field(task.as_ref().map(|t| &t.description));
    let wards = RwSignal::new(task.as_ref().is_some_and(|t| t.concerns_wards));
    let schedule = ScheduleInputs::new(task.as_ref().map(|t| &t.schedule), format::today().year());
    let parties = PartyInputs::new(task.as_ref().map_or(&[][..], |t| &t.parties));
    let form = Submit::new();

    let read_parties = parties.clone();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let schedule = match schedule.read(lang) {
            Ok(schedule) => schedule,
            Err(found) => return form.reject(found),
        };
        let mut check = Checker::new();
        let input = TaskInput {
            code: code.get_untracked(),
            title: title.get_untracked(),
            description: description.get_untracked(),
            schedule,
            concerns_wards: wards.get_untracked(),
            parties: read_parties.read(),
        }
        .check(&mut check);
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move {
                match editing {
                    Some((id, version)) => api.update_task(id, version, &input).await,
                    None => api.add_task(plan_id, &input).await,
                }
            },
            move |task| on_saved.run(task),
        );
    });
    let heading = if editing.is_some() {
        TaskEditText::EditTask
    } else {
        TaskEditText::AddTask
    };
    let error = move |name: &'static str| form.field(name);
    view! {
        <FormFrame form=form id="task-form-title" title=heading reveal=true on_submit=submit>
            <TextField id="task-code" label=TaskEditText::TaskCode value=code required=true error=form.field("code") />
            <TextArea id="task-title" label=TaskEditText::TaskTitle value=title required=true rows=2 error=form.field("title") />
            <TextArea id="task-description" label=PlanText::Description value=description rows=3 error=form.field("description") />
            <ScheduleFields inputs=schedule error=error />
            <div class="field field-check field-wide">
                <input id="task-concerns-wards" type="checkbox" bind:checked=wards />
                <label for="task-concerns-wards">{tr(TaskEditText::ConcernsWards)}</label>
            </div>
            <PartyFields inputs=parties unit_id=unit_id />
            <div class="form-actions">
                <SubmitButton id="save-task" label=PlanText::Save form=form />
                <button type="button" class="button" id="cancel-task" on:click=move |_| on_cancel.run(())>
                    {tr(CommonText::Cancel)}
                </button>
            </div>
        </FormFrame>
    }
}
