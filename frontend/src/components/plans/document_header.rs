use hgcs_domain::api::plans::Plan;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// The head of the plan as printed: the issuing committee on the left, the
/// national name and motto on the right, then number, place and date, and
/// the title.
#[component]
pub fn DocumentHeader(plan: Plan) -> impl IntoView {
    let lang = use_lang();
    let summary = plan.summary;
    let unit = summary.unit.name.to_uppercase();
    let number = summary.document.label();
    let issued_on = summary.document.issued_on;
    let place = plan.issued_place;
    view! {
        <header class="doc-header" data-test="plan-header">
            <div class="doc-header-row">
                <div class="doc-issuer">
                    <p class="doc-caps">{tr(PlanText::PeoplesCommittee)}</p>
                    <p class="doc-caps doc-strong">{unit}</p>
                    <p class="doc-rule" aria-hidden="true"></p>
                    <p data-test="plan-number">{tr(PlanText::DocNumberPrefix)} " " {number}</p>
                </div>
                <div class="doc-nation">
                    <p class="doc-caps doc-strong">{tr(PlanText::NationalName)}</p>
                    <p class="doc-strong">{tr(PlanText::NationalMotto)}</p>
                    <p class="doc-rule" aria-hidden="true"></p>
                    <p class="doc-date">{move || i18n::issued_line(lang.get(), &place, issued_on)}</p>
                </div>
            </div>
            <p class="doc-kind">{tr(PlanText::PlanHeading)}</p>
            <h1 class="doc-title" data-test="plan-title">{summary.title}</h1>
        </header>
    }
}
