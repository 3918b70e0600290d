use hgcs_domain::api::pay::PayClaim;
use hgcs_domain::mediation::ClaimStatus;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, MediationText, RecordText, text, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Fee claims, each with its case, amount, dates and state; late decisions
/// and payments stand out. The ward official decides and records payment.
#[component]
pub fn ClaimTable(
    claims: Vec<PayClaim>,
    manages: bool,
    on_decide: Callback<PayClaim>,
    on_pay: Callback<PayClaim>,
) -> impl IntoView {
    let lang = use_lang();
    if claims.is_empty() {
        return view! { <p class="empty">{tr(RecordText::NoClaims)}</p> }.into_any();
    }
    let rows = claims
        .into_iter()
        .map(|claim| {
            let status = claim.status;
            let late = claim.decision_overdue || claim.payment_overdue;
            let entry = claim.entry_no.to_string();
            let actions = manages.then(|| {
                let id = claim.id;
                let deciding = claim.clone();
                let paying = claim.clone();
                view! {
                    {(status == ClaimStatus::Claimed).then(|| view! {
                        <button id=format!("decide-{id}") type="button" class="button button-small" on:click=move |_| on_decide.run(deciding.clone())>
                            {tr(RecordText::Decide)}
                        </button>
                    })}
                    {(status == ClaimStatus::Approved).then(|| view! {
                        <button id=format!("pay-{id}") type="button" class="button button-small" on:click=move |_| on_pay.run(paying.clone())>
                            {tr(RecordText::RecordPayment)}
                        </button>
                    })}
                }
            });
            view! {
                <tr data-test="pay-claim" class=if late { "row-overdue" } else { "" }>
                    <td class="nowrap">
                        <A href=format!("/cases/{}", claim.case_id)>{entry}</A>
                    </td>
                    <td>{claim.team_name}</td>
                    <td class="nowrap num">{i18n::vnd(claim.amount_vnd)}</td>
                    <td class="nowrap">{format::date(claim.claimed_on)}</td>
                    <td>
                        {move || text(lang.get(), i18n::claim_status(status))}
                        {claim.decision_overdue.then(|| view! {
                            <span class="badge badge-danger" data-test="decision-overdue">{tr(RecordText::DecisionOverdue)}</span>
                        })}
                        {claim.payment_overdue.then(|| view! {
                            <span class="badge badge-danger" data-test="payment-overdue">{tr(RecordText::PaymentOverdue)}</span>
                        })}
                    </td>
                    <td class="nowrap">{claim.decided_on.map(format::date)}</td>
                    <td class="nowrap">{claim.paid_on.map(format::date)}</td>
                    <td>{claim.reason}</td>
                    {manages.then(|| view! { <td class="actions">{actions}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(RecordText::Claims)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::EntryNo)}</th>
                        <th scope="col">{tr(MediationText::Team)}</th>
                        <th scope="col">{tr(RecordText::Amount)}</th>
                        <th scope="col">{tr(RecordText::ClaimedOn)}</th>
                        <th scope="col">{tr(RecordText::ClaimStatus)}</th>
                        <th scope="col">{tr(RecordText::DecidedOn)}</th>
                        <th scope="col">{tr(RecordText::PaidOn)}</th>
                        <th scope="col">{tr(MediationText::Reason)}</th>
                        {manages.then(|| view! { <th scope="col">{tr(CommonText::Actions)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
