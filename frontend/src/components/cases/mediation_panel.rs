use leptos::prelude::*;
use leptos_router::components::A;

use super::case_counts::CaseCounts;
use super::notification_list::NotificationList;
use crate::api::use_api;
use crate::components::common::Loaded;
use crate::i18n::{MediationText, tr};

/// The dashboard's mediation panel: cases by state, and what the user's
/// unit must act on.
#[component]
pub fn MediationPanel() -> impl IntoView {
    let api = use_api();
    let counts = LocalResource::new(move || async move { api.case_counts().await });
    let notifications = LocalResource::new(move || async move { api.notifications().await });
    view! {
        <section class="card" aria-labelledby="mediation-panel">
            <h2 id="mediation-panel">{tr(MediationText::Panel)}</h2>
            <Loaded resource=counts let:counts>
                <CaseCounts counts=counts />
            </Loaded>
            <p><A href="/cases">{tr(MediationText::CaseList)}</A></p>
            <h3>{tr(MediationText::Notifications)}</h3>
            <Loaded resource=notifications let:list>
                <NotificationList notifications=list />
            </Loaded>
        </section>
    }
}
