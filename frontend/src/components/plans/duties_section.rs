use hgcs_domain::api::plans::Duty;
use leptos::prelude::*;

use crate::i18n::{PlanText, tr};

/// Sections III and IV: who does what, and the money.
#[component]
pub fn DutiesSection(duties: Vec<Duty>, funding: String) -> impl IntoView {
    let items = duties
        .into_iter()
        .enumerate()
        .map(|(index, duty)| {
            view! {
                <li data-test="plan-duty">
                    <strong>{format!("{}. {}", index + 1, duty.heading)}</strong>
                    ": " <span class="prose">{duty.body}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="plan-duties">
            <h2 id="plan-duties">{tr(PlanText::DutiesHeading)}</h2>
            <ol class="duties">{items}</ol>
            {(!funding.trim().is_empty()).then(|| view! {
                <h2>{tr(PlanText::FundingHeading)}</h2>
                <p class="prose">{funding}</p>
            })}
        </section>
    }
}
