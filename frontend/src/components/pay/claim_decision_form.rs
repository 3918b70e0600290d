use hgcs_domain::api::pay::{PayClaim, PayDecision};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Submit, TextArea, local_error};
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
    let form = Submit::new();
    let id = claim.id;

    let submit = Callback::new(move |()| {
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
            form.reject(found);
            return;
        };
        let input = PayDecision {
            approved: approve,
            on,
            reason: why,
        };
        form.send(
            async move { api.decide_claim(id, &input).await },
            move |decided| on_done.run(decided),
        );
    });

    let entry = claim.entry_no.to_string();
    view! {
        <FormFrame form=form id="decision-title" title=RecordText::DecideTitle subject=format!("{} – {} – {}", entry, claim.team_name, i18n::vnd(claim.amount_vnd)) reveal=true on_submit=submit>
            <fieldset class="field-wide group-by">
                <legend>{tr(PlanText::Outcome)}</legend>
                <input type="radio" id="decision-approve" name="decision-outcome" checked=move || approved.get() on:change=move |_| approved.set(true) />
                <label for="decision-approve">{tr(RecordText::ApproveClaim)}</label>
                <input type="radio" id="decision-refuse" name="decision-outcome" checked=move || !approved.get() on:change=move |_| approved.set(false) />
                <label for="decision-refuse">{tr(RecordText::RefuseClaim)}</label>
            </fieldset>
            <div class="field">
                <DateField id="decision-on" label=RecordText::DecisionOn value=day />
                {move || form.field("on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <TextArea
                id="decision-reason"
                label=RecordText::RefuseReason
                value=reason
                rows=2
                required=false
                error=form.field("reason")
            />
            <div class="form-actions">
                <button id="submit-decision" type="submit" class="button button-primary" disabled=form.pending()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
