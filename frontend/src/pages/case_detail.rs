use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::cases::{CaseActions, CaseHeader, CaseHistory, CasePersonal};
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::success_records::CaseRecords;
use crate::i18n::{CommonText, MediationText, tr};

#[component]
pub fn CaseDetailPage() -> impl IntoView {
    let api = use_api();
    let case = use_detail(move |id: CaseId| async move { api.case(id).await });
    let notice = Announcement::new();
    let on_done = notice.and_reload(MediationText::StepSaved, case);
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/cases">{tr(MediationText::NavCases)}</A></li>
            </ol>
        </nav>
        <Announced notice=notice />
        <Loaded resource=case let:case>
            <CaseView case=case on_done=on_done />
        </Loaded>
    }
}

/// The case, its people when allowed, its history and next steps; once
/// ended, its record, follow-up and fee claim.
#[component]
fn CaseView(case: Case, on_done: Callback<Case>) -> impl IntoView {
    let history = case.history.clone();
    view! {
        <CaseHeader case=case.clone() />
        <CaseActions case=case.clone() on_done=on_done />
        <CasePersonal case=case.clone() />
        <CaseRecords case=case on_done=on_done />
        <section class="card" aria-labelledby="case-history">
            <h2 id="case-history">{tr(MediationText::Steps)}</h2>
            <CaseHistory history=history />
        </section>
    }
}
