use hgcs_domain::CaseId;
use hgcs_domain::api::pay::PayClaimInput;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFailure, FormFrame, Notice, Submit, SubmitButton, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n::{CommonText, RecordText, text, tr};
use crate::state::use_lang;

/// The team leader's claim of the mediators' fee for a case that ended.
/// No rate in force, a case still open, or a second claim come back as
/// problems and are said on top.
#[component]
pub fn ClaimPayForm(case_id: CaseId) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let day = RwSignal::new(format::date(format::today()));
    let form = Submit::new();
    let sent = RwSignal::new(false);

    let submit = Callback::new(move |()| {
        let Some(claimed_on) = parse_date(&day.get_untracked()) else {
            form.reject(vec![local_error(
                "claimed_on",
                text(lang.get_untracked(), CommonText::DateInvalid),
            )]);
            return;
        };
        let input = PayClaimInput {
            case_id,
            claimed_on,
        };
        form.send(async move { api.claim_pay(&input).await }, move |_| {
            sent.set(true)
        });
    });

    view! {
        <FormFrame form=form id="claim-title" title=RecordText::ClaimTitle own_failure=true on_submit=submit>
            <p class="field-hint field-wide">{tr(RecordText::ClaimHint)}</p>
            <FormFailure form=form />
            <Show
                when=move || sent.get()
                fallback=move || view! {
                    <div class="field">
                        <DateField id="claimed-on" label=RecordText::ClaimedOn value=day />
                        {move || form.field("claimed_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <SubmitButton id="claim-pay" label=RecordText::ClaimPay form=form />
                }
            >
                <div class="field-wide">
                    <Notice message=Signal::derive(move || text(lang.get(), RecordText::ClaimSent).to_owned()) />
                    <p><A href="/pay">{tr(RecordText::SeeClaims)}</A></p>
                </div>
            </Show>
        </FormFrame>
    }
}
