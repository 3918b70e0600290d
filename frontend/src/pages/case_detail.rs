use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::cases::{CaseActions, CaseHeader, CaseHistory, CasePersonal};
use crate::components::common::{Loaded, Notice, use_detail};
use crate::components::records::CaseRecords;
use crate::i18n::{CommonText, MediationText, text, tr};
use crate::state::use_lang;

#[component]
pub fn CaseDetailPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let case = use_detail(move |id: CaseId| async move { api.case(id).await });
    // Outside the reloaded view, so it survives the reload it announces.
    let notice = RwSignal::new(None::<String>);
    let on_done = Callback::new(move |_: Case| {
        notice.set(Some(
            text(lang.get_untracked(), MediationText::StepSaved).to_owned(),
        ));
        case.refetch();
    });
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/cases">{tr(MediationText::NavCases)}</A></li>
            </ol>
        </nav>
        {move || notice.get().map(|message| view! { <Notice message=message /> })}
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
