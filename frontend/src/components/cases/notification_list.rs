use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::Notification;
use crate::format;
use crate::i18n::{MediationText, tr};

/// Flagged cases and teams below the law's rules, newest first; the
/// message comes from the server in the user's language.
#[component]
pub fn NotificationList(notifications: Vec<Notification>) -> impl IntoView {
    if notifications.is_empty() {
        return view! { <p class="empty">{tr(MediationText::NoNotifications)}</p> }.into_any();
    }
    let items = notifications
        .into_iter()
        .map(|note| {
            let urgent = note.kind == "case_flagged";
            view! {
                <li class=if urgent { "notification notification-urgent" } else { "notification" } data-test="notification">
                    <span>{note.message}</span>
                    <span class="due-meta">
                        {format::date_time(note.created_at)}
                        {note.case_id.map(|id| view! {
                            " – " <A href=format!("/cases/{id}")>{tr(MediationText::OpenCase)}</A>
                        })}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="due-items notifications">{items}</ul> }.into_any()
}
