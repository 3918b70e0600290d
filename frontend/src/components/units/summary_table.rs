use hgcs_domain::api::units::UnitSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, Label, tr};
use crate::state::use_lang;

/// Units known only by summary (a unit's children).
#[component]
pub fn SummaryTable(units: Vec<UnitSummary>, #[prop(into)] caption: Label) -> impl IntoView {
    let lang = use_lang();
    if units.is_empty() {
        return view! { <p class="empty">{tr(CommonText::NoUnits)}</p> }.into_any();
    }
    let rows = units
        .into_iter()
        .map(|unit| {
            view! {
                <tr data-test="unit-row">
                    <td>
                        <A href=format!("/units/{}", unit.id)>{unit.name}</A>
                    </td>
                    <td class="mono">{unit.code}</td>
                    <td>{move || unit.level.label(lang.get())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(CommonText::ColName)}</th>
                        <th scope="col">{tr(CommonText::ColCode)}</th>
                        <th scope="col">{tr(CommonText::ColLevel)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
