use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::{Mediator, MediatorEventInput};
use hgcs_domain::mediation::{ElectionMethod, LeaveReason, MediatorEventKind};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, DocumentFields, DocumentInputs, FormFrame, SelectField, Submit, SubmitButton,
    TextArea, TextField, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// Records what happened to a mediator: an election, the chairman's
/// recognition decision, election as leader, or leaving with a reason.
#[component]
pub fn MediatorEventForm(mediator_id: MediatorId, on_done: Callback<Mediator>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let kind = RwSignal::new(MediatorEventKind::Recognised.as_str().to_owned());
    let day = RwSignal::new(format::date(format::today()));
    let method = RwSignal::new(ElectionMethod::OpenVote.as_str().to_owned());
    let percent = RwSignal::new(String::new());
    let decision = DocumentInputs::new("QĐ", "UBND");
    let reason = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let form = Submit::new();
    let chosen = move || MediatorEventKind::parse(&kind.get());
    let kinds = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            MediatorEventKind::ALL,
            MediatorEventKind::as_str,
            i18n::mediator_event,
        )
    });
    let methods = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            ElectionMethod::ALL,
            ElectionMethod::as_str,
            i18n::election_method,
        )
    });
    let reasons = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            LeaveReason::ALL,
            LeaveReason::as_str,
            i18n::leave_reason,
        )
    });

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let mut found = Vec::new();
        let event_kind = MediatorEventKind::parse(&kind.get_untracked());
        let occurred_on = parse_date(&day.get_untracked());
        if occurred_on.is_none() {
            found.push(local_error(
                "occurred_on",
                text(lang, CommonText::DateInvalid),
            ));
        }
        let mut input_method = None;
        let mut input_percent = None;
        let mut input_decision = None;
        let mut input_reason = None;
        match event_kind {
            Some(MediatorEventKind::Elected) => {
                input_method = ElectionMethod::parse(&method.get_untracked());
                input_percent = i18n::parse_percent(&percent.get_untracked());
                if input_percent.is_none() {
                    found.push(local_error(
                        "percent",
                        text(lang, MediationText::PercentInvalid),
                    ));
                }
            }
            Some(MediatorEventKind::Recognised) => match decision.read() {
                Ok(doc) if doc.number.is_empty() => {
                    found.push(local_error("decision", text(lang, PlanText::Required)));
                }
                Ok(doc) => input_decision = Some(doc),
                Err(()) => found.push(local_error("decision", text(lang, CommonText::DateInvalid))),
            },
            Some(MediatorEventKind::Left) => {
                input_reason = LeaveReason::parse(&reason.get_untracked());
                if input_reason.is_none() {
                    found.push(local_error("reason", text(lang, PlanText::Required)));
                }
            }
            Some(MediatorEventKind::LeaderElected) | None => {}
        }
        let (Some(event_kind), Some(occurred_on), true) =
            (event_kind, occurred_on, found.is_empty())
        else {
            form.reject(found);
            return;
        };
        let input = MediatorEventInput {
            kind: event_kind,
            occurred_on,
            method: input_method,
            percent: input_percent,
            decision: input_decision,
            reason: input_reason,
            note: note.get_untracked().trim().to_owned(),
        };
        form.send(
            async move { api.record_mediator_event(mediator_id, &input).await },
            move |mediator| {
                note.set(String::new());
                percent.set(String::new());
                on_done.run(mediator);
            },
        );
    });

    view! {
        <FormFrame form=form id="mediator-event-title" title=MediationText::RecordEvent on_submit=submit>
            <SelectField id="event-kind" label=MediationText::EventKind value=kind options=kinds error=form.field("kind") />
            <div class="field">
                <DateField id="event-on" label=MediationText::EventOn value=day />
                {move || form.field("occurred_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <Show when=move || chosen() == Some(MediatorEventKind::Elected)>
                <SelectField id="event-method" label=MediationText::Method value=method options=methods error=form.field("method") />
                <TextField id="event-percent" label=MediationText::Percent value=percent required=true error=form.field("percent") />
            </Show>
            <Show when=move || chosen() == Some(MediatorEventKind::Recognised)>
                <fieldset class="field-wide">
                    <legend>{tr(MediationText::RecognitionDecision)}</legend>
                    <div class="form form-grid">
                        <DocumentFields
                            ids=["event-decision-number", "event-decision-type", "event-decision-issuer", "event-decision-date"]
                            inputs=decision
                            number_error=form.field("decision")
                        />
                    </div>
                </fieldset>
            </Show>
            <Show when=move || chosen() == Some(MediatorEventKind::Left)>
                <SelectField id="event-reason" label=MediationText::Reason value=reason options=reasons empty=PlanText::Choose required=true error=form.field("reason") />
            </Show>
            <TextArea id="event-note" label=PlanText::Note value=note rows=2 error=form.field("note") />
            <SubmitButton id="record-mediator-event" label=MediationText::RecordEvent form=form />
        </FormFrame>
    }
}
