use hgcs_domain::MaterialRunId;
use hgcs_domain::api::materials::{Delivery, MaterialRun};
use hgcs_domain::text::thousands;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::format;
use crate::i18n::{MaterialText, tr};

/// The copies handed out that the reader sees, each with its receipt: a
/// ward confirms its own here.
#[component]
pub fn DeliveryTable(
    run: MaterialRunId,
    deliveries: Vec<Delivery>,
    on_confirmed: Callback<MaterialRun>,
) -> impl IntoView {
    if deliveries.is_empty() {
        return view! { <p class="empty">{tr(MaterialText::NoDeliveries)}</p> }.into_any();
    }
    let api = use_api();
    let form = Submit::new();
    let rows = deliveries
        .into_iter()
        .map(|d| {
            let delivery = d.id;
            let receipt = match (d.confirmed_at, d.can_confirm) {
                (Some(at), _) => view! {
                    <span data-test="receipt-confirmed">{format::date_time(at)}</span>
                }
                .into_any(),
                (None, true) => view! {
                    <button type="button" class="button" data-test="confirm-receipt"
                        disabled=move || form.pending().get()
                        on:click=move |_| form.send(
                            async move { api.confirm_receipt(run, delivery).await },
                            move |run| on_confirmed.run(run),
                        )>
                        {tr(MaterialText::Confirm)}
                    </button>
                }
                .into_any(),
                (None, false) => {
                    view! { <span class="muted">{tr(MaterialText::NotConfirmed)}</span> }.into_any()
                }
            };
            view! {
                <tr data-test="delivery-row">
                    <td>{d.unit.name}</td>
                    <td>{d.team.map(|t| t.name)}</td>
                    <td class="num">{thousands(i64::from(d.copies))}</td>
                    <td class="nowrap">{format::date(d.delivered_on)}</td>
                    <td>{d.received_by}</td>
                    <td>{receipt}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <FormFailure form=form />
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(MaterialText::Ward)}</th>
                        <th scope="col">{tr(MaterialText::Team)}</th>
                        <th scope="col" class="num">{tr(MaterialText::Copies)}</th>
                        <th scope="col">{tr(MaterialText::DeliveredOn)}</th>
                        <th scope="col">{tr(MaterialText::ReceivedBy)}</th>
                        <th scope="col">{tr(MaterialText::Receipt)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
