use hgcs_domain::api::pilots::{Commendation, CommendationDecision};
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::{
    DocumentFields, DocumentInputs, ErrorBanner, TextArea, field_message, local_error,
    reveal_on_mount,
};
use crate::i18n::{CommonText, PlanText, text, tr};
use crate::state::use_lang;

/// The city's answer to a nomination: approved under a decision (number
/// and date required) or refused, with a note.
#[component]
pub fn DecisionForm(
    item: Commendation,
    on_done: Callback<Commendation>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let approved = RwSignal::new(true);
    let document = DocumentInputs::new("QĐ", "UBND");
    let note = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    reveal_on_mount(form_ref);
    let id = item.id;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let lang = lang.get_untracked();
        let approve = approved.get_untracked();
        let decision = match document.read() {
            Ok(doc) if doc.number.is_empty() && doc.issued_on.is_none() && !approve => None,
            Ok(doc) if doc.number.is_empty() || doc.issued_on.is_none() => {
                errors.set(vec![local_error(
                    "decision.number",
                    text(lang, PlanText::DecisionNeeded),
                )]);
                return;
            }
            Ok(doc) => Some(doc),
            Err(()) => {
                errors.set(vec![local_error(
                    "decision.issued_on",
                    text(lang, CommonText::DateInvalid),
                )]);
                return;
            }
        };
        errors.set(Vec::new());
        let input = CommendationDecision {
            approved: approve,
            decision,
            note: note.get_untracked().trim().to_owned(),
        };
        pending.set(true);
        spawn_local(async move {
            let result = api.decide_commendation(id, &input).await;
            pending.set(false);
            match result {
                Ok(decided) => on_done.run(decided),
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid card" node_ref=form_ref on:submit=submit novalidate=true aria-labelledby="decide-title">
            <h2 id="decide-title" class="form-title">{tr(PlanText::Decide)} ": " {item.nominee_name} " – " {item.unit.name} " (" {item.year} ")"</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <fieldset class="field-wide group-by">
                <legend>{tr(PlanText::Outcome)}</legend>
                <input type="radio" id="decide-approve" name="decide-outcome" checked=move || approved.get() on:change=move |_| approved.set(true) />
                <label for="decide-approve">{tr(PlanText::Approve)}</label>
                <input type="radio" id="decide-refuse" name="decide-outcome" checked=move || !approved.get() on:change=move |_| approved.set(false) />
                <label for="decide-refuse">{tr(PlanText::Refuse)}</label>
            </fieldset>
            <DocumentFields
                ids=["decide-number", "decide-type", "decide-issuer", "decide-date"]
                inputs=document
                number_error=field_message(errors, "decision.number")
                date_error=field_message(errors, "decision.issued_on")
            />
            <TextArea id="decide-note" label=PlanText::Note value=note error=field_message(errors, "note") />
            <div class="form-actions">
                <button id="save-decision" type="submit" class="button button-primary" disabled=move || pending.get()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </form>
    }
}
