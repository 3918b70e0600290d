use hgcs_domain::api::pay::{PayClaim, PaymentInput};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Submit, local_error};
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
    let form = Submit::new();
    let id = claim.id;

    let submit = Callback::new(move |()| {
        let Some(paid_on) = parse_date(&day.get_untracked()) else {
            form.reject(vec![local_error(
                "paid_on",
                text(lang.get_untracked(), CommonText::DateInvalid),
            )]);
            return;
        };
        form.send(
            async move { api.record_payment(id, &PaymentInput { paid_on }).await },
            move |paid| on_done.run(paid),
        );
    });

    let entry = claim.entry_no.to_string();
    view! {
        <FormFrame form=form id="payment-title" title=RecordText::PaymentTitle subject=format!("{} – {} – {}", entry, claim.team_name, i18n::vnd(claim.amount_vnd)) reveal=true on_submit=submit>
            <div class="field">
                <DateField id="paid-on" label=RecordText::PaidOn value=day />
                {move || form.field("paid_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <div class="form-actions">
                <button id="submit-payment" type="submit" class="button button-primary" disabled=form.pending()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
