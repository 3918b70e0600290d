use hgcs_domain::api::audit::AuditEntry;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{CommonText, tr};

/// Audit entries, newest first; times in Vietnam time.
#[component]
pub fn AuditTable(entries: Signal<Vec<AuditEntry>>) -> impl IntoView {
    let rows = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| {
                let details = match &entry.details {
                    serde_json::Value::Null => String::new(),
                    value => value.to_string(),
                };
                view! {
                    <tr data-test="audit-row">
                        <td class="nowrap">{format::date_time(entry.at)}</td>
                        <td>{entry.actor_name}</td>
                        <td class="mono">{entry.action}</td>
                        <td class="mono">{entry.entity}</td>
                        <td class="mono">{entry.entity_id}</td>
                        <td class="mono">{entry.address.unwrap_or_default()}</td>
                        <td><code class="details">{details}</code></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(CommonText::NavAudit)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(CommonText::Time)}</th>
                        <th scope="col">{tr(CommonText::Actor)}</th>
                        <th scope="col">{tr(CommonText::Action)}</th>
                        <th scope="col">{tr(CommonText::Entity)}</th>
                        <th scope="col">{tr(CommonText::EntityId)}</th>
                        <th scope="col">{tr(CommonText::Address)}</th>
                        <th scope="col">{tr(CommonText::Details)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
