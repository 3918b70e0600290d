use hgcs_domain::api::pay::PayRate;
use leptos::prelude::*;

use crate::i18n::{RecordText, tr};
use crate::{format, i18n};

/// The fee per case the province set, with the date each rate applies
/// from and the decision behind it. Read-only here.
#[component]
pub fn PayRates(rates: Vec<PayRate>) -> impl IntoView {
    if rates.is_empty() {
        return view! { <p class="empty" data-test="no-rates">{tr(RecordText::NoRates)}</p> }
            .into_any();
    }
    let rows = rates
        .into_iter()
        .map(|rate| {
            view! {
                <tr data-test="pay-rate">
                    <td>{rate.unit.name}</td>
                    <td class="nowrap num">{i18n::vnd(rate.amount_vnd)}</td>
                    <td class="nowrap">{format::date(rate.effective_from)}</td>
                    <td>{rate.basis}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(RecordText::PayRates)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(RecordText::RateUnit)}</th>
                        <th scope="col">{tr(RecordText::Amount)}</th>
                        <th scope="col">{tr(RecordText::EffectiveFrom)}</th>
                        <th scope="col">{tr(RecordText::RateBasis)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
