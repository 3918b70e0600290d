use hgcs_domain::api::mediation::MediatorEvent;
use leptos::prelude::*;

use crate::i18n::{MediationText, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// Elected, recognised, leader elected, left: oldest first, never deleted.
#[component]
pub fn MediatorHistory(history: Vec<MediatorEvent>) -> impl IntoView {
    let lang = use_lang();
    if history.is_empty() {
        return view! { <p class="empty">{tr(MediationText::NoHistory)}</p> }.into_any();
    }
    let items = history
        .into_iter()
        .map(|event| {
            let kind = i18n::mediator_event(event.kind);
            let method = event.method.map(i18n::election_method);
            let percent = event.percent;
            let decision = event.decision.clone();
            let reason = event.reason.map(i18n::leave_reason);
            let note = event.note;
            view! {
                <li class=if event.late { "history-item history-late" } else { "history-item" } data-test="mediator-event">
                    <p class="history-head">
                        <span class="history-date">{format::date(event.occurred_on)}</span>
                        <strong>{tr(kind)}</strong>
                    </p>
                    {(method.is_some() || percent.is_some()).then(|| view! {
                        <p class="history-meta">
                            {method.map(|m| view! { <span>{tr(m)}</span> })}
                            {percent.map(|p| view! { <span>" – " {move || i18n::percent(lang.get(), p)}</span> })}
                        </p>
                    })}
                    {decision.map(|doc| view! {
                        <p class="history-meta">{move || i18n::decision(lang.get(), &doc)}</p>
                    })}
                    {reason.map(|r| view! {
                        <p class="history-meta">{tr(MediationText::Reason)} ": " {tr(r)}</p>
                    })}
                    {(!note.is_empty()).then(|| view! { <p class="history-meta prose">{note}</p> })}
                    {event.late.then(|| view! {
                        <p class="rule-warning" role="note" data-test="late-recognition">{tr(MediationText::Late)}</p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history">{items}</ol> }.into_any()
}
