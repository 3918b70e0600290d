use hgcs_domain::api::mediation::StateCount;
use hgcs_domain::mediation::CaseState;
use leptos::prelude::*;

use crate::i18n::{MediationText, tr};
use crate::state::use_lang;

/// How many cases stand in each state, every state listed, with a total.
#[component]
pub fn CaseCounts(counts: Vec<StateCount>) -> impl IntoView {
    let lang = use_lang();
    let total: i64 = counts.iter().map(|c| c.count).sum();
    let rows = CaseState::ALL
        .iter()
        .map(|state| {
            let state = *state;
            let count = counts
                .iter()
                .find(|c| c.state == state)
                .map_or(0, |c| c.count);
            view! {
                <div class="count-cell" data-state=state.as_str()>
                    <dt>{move || state.label(lang.get())}</dt>
                    <dd>{count}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <dl class="count-grid" data-test="case-counts" aria-label=tr(MediationText::Counts)>
            {rows}
            <div class="count-cell count-total">
                <dt>{tr(MediationText::Total)}</dt>
                <dd>{total}</dd>
            </div>
        </dl>
    }
}
