use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::use_api;
use crate::components::cases::{CaseActions, CaseHeader, CaseHistory, CasePersonal};
use crate::components::common::{ErrorBanner, Loading, Notice};
use crate::components::records::CaseRecords;
use crate::i18n::{CommonText, MediationText, text, tr};
use crate::state::use_lang;

#[component]
pub fn CaseDetailPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .map(CaseId)
    });
    let case = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => Some(api.case(id).await),
                None => None,
            }
        }
    });
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
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match case.await {
                    Some(Ok(case)) => view! { <CaseView case=case on_done=on_done /> }.into_any(),
                    Some(Err(error)) => view! { <ErrorBanner error=error /> }.into_any(),
                    None => view! { <h1>{tr(CommonText::NotFoundTitle)}</h1> }.into_any(),
                }
            })}
        </Transition>
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
