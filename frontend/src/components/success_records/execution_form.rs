use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::ExecutionInput;
use hgcs_domain::mediation::Execution;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFailure, FormFrame, SelectField, Submit, SubmitButton, TextArea, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, RecordText, text, tr};
use crate::state::use_lang;

/// Follow-up of a successful case: whether the parties carry out their
/// agreement, on a day, with a note. It goes into the case's history.
#[component]
pub fn ExecutionForm(
    case_id: CaseId,
    current: Option<Execution>,
    on_done: Callback<Case>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let execution = RwSignal::new(current.unwrap_or(Execution::Pending).as_str().to_owned());
    let day = RwSignal::new(format::date(format::today()));
    let note = RwSignal::new(String::new());
    let form = Submit::new();
    let options = Signal::derive(move || {
        let lang = lang.get();
        Execution::ALL
            .iter()
            .map(|e| {
                (
                    e.as_str().to_owned(),
                    text(lang, i18n::execution(*e)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(on) = parse_date(&day.get_untracked()) else {
            form.reject(vec![local_error("on", text(lang, CommonText::DateInvalid))]);
            return;
        };
        let Some(chosen) = Execution::parse(&execution.get_untracked()) else {
            form.reject(vec![local_error(
                "execution",
                text(lang, PlanText::Required),
            )]);
            return;
        };
        let input = ExecutionInput {
            execution: chosen,
            on,
            note: note.get_untracked().trim().to_owned(),
        };
        form.send(
            async move { api.record_execution(case_id, &input).await },
            move |case| on_done.run(case),
        );
    });

    view! {
        <FormFrame form=form id="execution-title" title=RecordText::ExecutionTitle own_failure=true on_submit=submit>
            <p class="field-hint field-wide">{tr(RecordText::ExecutionHint)}</p>
            <FormFailure form=form />
            <SelectField
                id="execution"
                label=RecordText::ExecutionState
                value=execution
                options=options
                required=true
                error=form.field("execution")
            />
            <div class="field">
                <DateField id="execution-on" label=RecordText::ExecutionOn value=day />
                {move || form.field("on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <TextArea id="execution-note" label=PlanText::Note value=note rows=2 error=form.field("note") />
            <SubmitButton id="submit-execution" label=RecordText::SaveExecution form=form />
        </FormFrame>
    }
}
