use hgcs_domain::api::units::UnitSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, tr};

/// Breadcrumb from the top unit down to the one shown.
#[component]
pub fn AncestorsTrail(ancestors: Vec<UnitSummary>, current: String) -> impl IntoView {
    let steps = ancestors
        .into_iter()
        .rev()
        .map(|unit| {
            view! {
                <li>
                    <A href=format!("/units/{}", unit.id)>{unit.name}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li>
                    <A href="/units">{tr(CommonText::NavUnits)}</A>
                </li>
                {steps}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
