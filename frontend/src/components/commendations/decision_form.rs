use hgcs_domain::api::pilots::{Commendation, CommendationDecision};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DocumentFields, DocumentInputs, FormFrame, Submit, TextArea, local_error,
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
    let form = Submit::new();
    let id = item.id;

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let approve = approved.get_untracked();
        let decision = match document.read() {
            Ok(doc) if doc.number.is_empty() && doc.issued_on.is_none() && !approve => None,
            Ok(doc) if doc.number.is_empty() || doc.issued_on.is_none() => {
                form.reject(vec![local_error(
                    "decision.number",
                    text(lang, PlanText::DecisionNeeded),
                )]);
                return;
            }
            Ok(doc) => Some(doc),
            Err(()) => {
                form.reject(vec![local_error(
                    "decision.issued_on",
                    text(lang, CommonText::DateInvalid),
                )]);
                return;
            }
        };
        let input = CommendationDecision {
            approved: approve,
            decision,
            note: note.get_untracked().trim().to_owned(),
        };
        let Some(input) = form.valid(input.validate(), lang) else {
            return;
        };
        form.send(
            async move { api.decide_commendation(id, &input).await },
            move |decided| on_done.run(decided),
        );
    });

    view! {
        <FormFrame form=form id="decide-title" title=PlanText::Decide subject=format!("{} – {} ({})", item.nominee_name, item.unit.name, item.year) reveal=true on_submit=submit>
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
                number_error=form.field("decision.number")
                date_error=form.field("decision.issued_on")
            />
            <TextArea id="decide-note" label=PlanText::Note value=note error=form.field("note") />
            <div class="form-actions">
                <button id="save-decision" type="submit" class="button button-primary" disabled=form.pending()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
