use hgcs_domain::api::budget::{PaidClaim, Spending, Voucher};
use hgcs_domain::text::thousands;
use leptos::prelude::*;
use leptos_router::components::A;

use super::remove_spending::RemoveSpending;
use crate::api::voucher_url;
use crate::format;
use crate::i18n::{self, BudgetText, tr};
use crate::state::use_lang;

/// The pay claim a spending is, linked to its case.
#[component]
pub fn ClaimNote(claim: PaidClaim) -> impl IntoView {
    let lang = use_lang();
    let team = claim.team_name.clone();
    let words = move || i18n::paid_claim(lang.get(), claim.entry_no, &team, claim.paid_on);
    view! {
        <A href=format!("/cases/{}", claim.case_id) attr:data-test="spending-claim">{words}</A>
    }
}

fn voucher_links(vouchers: Vec<Voucher>) -> impl IntoView {
    let items = vouchers
        .into_iter()
        .map(|v| {
            view! {
                <li><a href=voucher_url(v.id) download="" data-test="voucher-link">{v.file_name}</a></li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list">{items}</ul> }
}

#[component]
fn SpendingRow(item: Spending, can_manage: bool, removed: Callback<()>) -> impl IntoView {
    let claim = item
        .pay_claim
        .map(|claim| view! { <br /><ClaimNote claim=claim /> });
    let remove = can_manage.then(|| view! { <RemoveSpending id=item.id removed=removed /> });
    view! {
        <tr data-test="spending-row">
            <td>{format::date(item.spent_on)}</td>
            <td>{item.purpose}{claim}</td>
            <td class="num">{thousands(item.amount_vnd)}</td>
            <td>{voucher_links(item.vouchers)}</td>
            <td class="muted">{item.recorded_by_name}</td>
            {can_manage.then(|| view! { <td class="actions">{remove}</td> })}
        </tr>
    }
}

/// A line's spending, oldest first, with its vouchers and, for whoever
/// keeps the line, a button that removes a spending recorded by mistake.
#[component]
pub fn SpendingTable(
    spending: Vec<Spending>,
    can_manage: bool,
    removed: Callback<()>,
) -> impl IntoView {
    if spending.is_empty() {
        return view! { <p class="empty">{tr(BudgetText::NoSpending)}</p> }.into_any();
    }
    let rows = spending
        .into_iter()
        .map(|item| view! { <SpendingRow item=item can_manage=can_manage removed=removed /> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table" data-test="spending-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(BudgetText::SpentOn)}</th>
                        <th scope="col">{tr(BudgetText::Purpose)}</th>
                        <th scope="col" class="num">{tr(BudgetText::Amount)}</th>
                        <th scope="col">{tr(BudgetText::Vouchers)}</th>
                        <th scope="col">{tr(BudgetText::RecordedBy)}</th>
                        {can_manage.then(|| view! { <th scope="col"><span class="visually-hidden">{tr(BudgetText::Remove)}</span></th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
