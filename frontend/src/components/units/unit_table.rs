use hgcs_domain::api::units::Unit;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{CommonText, Label, tr};
use crate::state::use_lang;

/// Units with their validity; each name opens the unit.
#[component]
pub fn UnitTable(
    units: Vec<Unit>,
    /// `data-test` of each row, for the end-to-end tests.
    #[prop(default = "unit-row")]
    row_test: &'static str,
    #[prop(into)] caption: Label,
) -> impl IntoView {
    let lang = use_lang();
    if units.is_empty() {
        return view! { <p class="empty">{tr(CommonText::NoUnits)}</p> }.into_any();
    }
    let rows = units
        .into_iter()
        .map(|unit| {
            let ended = unit.valid_to.is_some();
            view! {
                <tr data-test=row_test class:row-ended=ended>
                    <td>
                        <A href=format!("/units/{}", unit.id)>{unit.name}</A>
                    </td>
                    <td class="mono">{unit.code}</td>
                    <td>{move || unit.level.label(lang.get())}</td>
                    <td>{move || format::valid_from(unit.valid_from, lang.get())}</td>
                    <td>{move || format::valid_to(unit.valid_to, lang.get())}</td>
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
                        <th scope="col">{tr(CommonText::ColValidFrom)}</th>
                        <th scope="col">{tr(CommonText::ColValidTo)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
