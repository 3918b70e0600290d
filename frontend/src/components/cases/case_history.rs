use hgcs_domain::api::mediation::CaseEvent;
use leptos::prelude::*;

use crate::i18n::{MediationText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Every step of the case, dated as it happened, with who recorded it and
/// when; a step written down more than 3 days later is marked.
#[component]
pub fn CaseHistory(history: Vec<CaseEvent>) -> impl IntoView {
    let lang = use_lang();
    if history.is_empty() {
        return view! { <p class="empty">{tr(MediationText::NoSteps)}</p> }.into_any();
    }
    let items = history
        .into_iter()
        .map(|event| {
            let action = i18n::case_action(event.action);
            let state = event.state;
            view! {
                <li class="history-item" data-test="case-event">
                    <p class="history-head">
                        <span class="history-date">{format::date(event.on)}</span>
                        <strong>{tr(action)}</strong>
                        " → " {move || state.label(lang.get())}
                        {event.recorded_late.then(|| view! {
                            <span class="badge badge-muted" data-test="recorded-late">{tr(MediationText::RecordedLate)}</span>
                        })}
                    </p>
                    {(!event.note.is_empty()).then(|| view! { <p class="history-meta prose">{event.note}</p> })}
                    <p class="history-meta muted">
                        {tr(MediationText::By)} ": " {event.by} " – " {format::date_time(event.at)}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history">{items}</ol> }.into_any()
}
