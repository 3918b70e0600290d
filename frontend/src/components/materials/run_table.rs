use hgcs_domain::api::materials::MaterialRun;
use hgcs_domain::text::thousands;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{MaterialText, tr};

/// Print runs with their copies handed out, confirmed and left.
#[component]
pub fn RunTable(runs: Vec<MaterialRun>) -> impl IntoView {
    if runs.is_empty() {
        return view! { <p class="empty">{tr(MaterialText::NoRuns)}</p> }.into_any();
    }
    let rows = runs
        .into_iter()
        .map(|run| {
            view! {
                <tr data-test="run-row">
                    <td><A href=format!("/materials/{}", run.id)>{run.title}</A></td>
                    <td>{run.edition}</td>
                    <td class="nowrap">{format::date(run.printed_on)}</td>
                    <td class="num">{thousands(i64::from(run.quantity))}</td>
                    <td class="num">{thousands(run.distributed)}</td>
                    <td class="num">{thousands(run.confirmed)}</td>
                    <td class="num" data-test="run-stock">{thousands(run.stock)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(MaterialText::Title)}</th>
                        <th scope="col">{tr(MaterialText::Edition)}</th>
                        <th scope="col">{tr(MaterialText::PrintedOn)}</th>
                        <th scope="col" class="num">{tr(MaterialText::Quantity)}</th>
                        <th scope="col" class="num">{tr(MaterialText::Distributed)}</th>
                        <th scope="col" class="num">{tr(MaterialText::Confirmed)}</th>
                        <th scope="col" class="num">{tr(MaterialText::Stock)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
