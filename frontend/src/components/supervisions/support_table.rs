use hgcs_domain::api::supervisions::Support;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{SupervisionText, tr};
use crate::state::use_lang;

/// What legal partners supplied, newest first.
#[component]
pub fn SupportTable(items: Vec<Support>) -> impl IntoView {
    let lang = use_lang();
    let rows = items
        .into_iter()
        .map(|item| {
            let kind = item.kind;
            let course = item.course.map(|c| format!(" — {}", c.title));
            view! {
                <tr data-test="support-row">
                    <td class="nowrap">{format::date(item.supplied_on)}</td>
                    <td>{move || kind.label(lang.get())}</td>
                    <td>{item.description}{course}</td>
                    <td class="num">{item.quantity}</td>
                    <td>{item.unit.name}</td>
                    <td>{item.organisation_name.unwrap_or(item.recorded_by_name)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(SupervisionText::SupportList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(SupervisionText::SuppliedOn)}</th>
                        <th scope="col">{tr(SupervisionText::SupportKind)}</th>
                        <th scope="col">{tr(SupervisionText::Description)}</th>
                        <th scope="col">{tr(SupervisionText::Quantity)}</th>
                        <th scope="col">{tr(SupervisionText::SupportUnit)}</th>
                        <th scope="col">{tr(SupervisionText::RecordedBy)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
