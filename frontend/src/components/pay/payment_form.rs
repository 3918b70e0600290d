use hgcs_domain::api::records::{PayClaim, PaymentInput};
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApiError, use_api};
use crate::components::common::{
    DateField, ErrorBanner, field_message, local_error, reveal_on_mount,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, RecordText, text, tr};
use crate::state::use_lang;

/// The day an approved fee was paid.
#[component]
pub fn PaymentForm(
    claim: PayClaim,
    on_done: Callback<PayClaim>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let day = RwSignal::new(format::date(format::today()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    reveal_on_mount(form_ref);
    let id = claim.id;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let Some(paid_on) = parse_date(&day.get_untracked()) else {
            errors.set(vec![local_error(
                "paid_on",
                text(lang.get_untracked(), CommonText::DateInvalid),
            )]);
            return;
        };
        errors.set(Vec::new());
        pending.set(true);
        spawn_local(async move {
            let result = api.record_payment(id, &PaymentInput { paid_on }).await;
            pending.set(false);
            match result {
                Ok(paid) => on_done.run(paid),
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    let entry = claim.entry_no.to_string();
    view! {
        <form class="form form-grid card" node_ref=form_ref on:submit=submit novalidate=true aria-labelledby="payment-title">
            <h2 id="payment-title" class="form-title">
                {tr(RecordText::PaymentTitle)} ": " {entry} " – " {claim.team_name} " – " {i18n::vnd(claim.amount_vnd)}
            </h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <div class="field">
                <DateField id="paid-on" label=RecordText::PaidOn value=day />
                {move || field_message(errors, "paid_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <div class="form-actions">
                <button id="submit-payment" type="submit" class="button button-primary" disabled=move || pending.get()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </form>
    }
}
