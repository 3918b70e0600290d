use hgcs_domain::api::records::{PayClaim, PayDecision};
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::{
    DateField, ErrorBanner, TextArea, field_message, local_error, reveal_on_mount,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, RecordText, text, tr};
use crate::state::use_lang;

/// The ward's decision on a fee claim: approved, or refused with a reason.
#[component]
pub fn ClaimDecisionForm(
    claim: PayClaim,
    on_done: Callback<PayClaim>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let approved = RwSignal::new(true);
    let day = RwSignal::new(format::date(format::today()));
    let reason = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    reveal_on_mount(form_ref);
    let id = claim.id;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let lang = lang.get_untracked();
        let approve = approved.get_untracked();
        let why = reason.get_untracked().trim().to_owned();
        let mut found = Vec::new();
        let on = parse_date(&day.get_untracked());
        if on.is_none() {
            found.push(local_error("on", text(lang, CommonText::DateInvalid)));
        }
        if !approve && why.is_empty() {
            found.push(local_error(
                "reason",
                text(lang, RecordText::ReasonRequired),
            ));
        }
        let (Some(on), true) = (on, found.is_empty()) else {
            errors.set(found);
            return;
        };
        errors.set(Vec::new());
        let input = PayDecision {
            approved: approve,
            on,
            reason: why,
        };
        pending.set(true);
        spawn_local(async move {
            let result = api.decide_claim(id, &input).await;
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

    let entry = claim.entry_no.to_string();
    view! {
        <form class="form form-grid card" node_ref=form_ref on:submit=submit novalidate=true aria-labelledby="decision-title">
            <h2 id="decision-title" class="form-title">
                {tr(RecordText::DecideTitle)} ": " {entry} " – " {claim.team_name} " – " {i18n::vnd(claim.amount_vnd)}
            </h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <fieldset class="field-wide group-by">
                <legend>{tr(PlanText::Outcome)}</legend>
                <input type="radio" id="decision-approve" name="decision-outcome" checked=move || approved.get() on:change=move |_| approved.set(true) />
                <label for="decision-approve">{tr(RecordText::ApproveClaim)}</label>
                <input type="radio" id="decision-refuse" name="decision-outcome" checked=move || !approved.get() on:change=move |_| approved.set(false) />
                <label for="decision-refuse">{tr(RecordText::RefuseClaim)}</label>
            </fieldset>
            <div class="field">
                <DateField id="decision-on" label=RecordText::DecisionOn value=day />
                {move || field_message(errors, "on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <TextArea
                id="decision-reason"
                label=RecordText::RefuseReason
                value=reason
                rows=2
                required=false
                error=field_message(errors, "reason")
            />
            <div class="form-actions">
                <button id="submit-decision" type="submit" class="button button-primary" disabled=move || pending.get()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </form>
    }
}
