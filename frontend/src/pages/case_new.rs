use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::mediation::TeamQuery;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::cases::INTAKE;
use crate::api::use_api;
use crate::components::cases::CaseForm;
use crate::components::common::Loaded;
use crate::i18n::{MediationText, tr};
use crate::state::has_role;

/// Intake of a case by the ward official or the team leader; the new case
/// opens once saved.
#[component]
pub fn NewCasePage() -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let can_intake = has_role(INTAKE);
    let teams = LocalResource::new(move || async move { api.teams(&TeamQuery::default()).await });
    let on_created = Callback::new(move |case: Case| {
        navigate(&format!("/cases/{}", case.id), NavigateOptions::default());
    });
    view! {
        <nav class="breadcrumb" aria-label=tr(crate::i18n::CommonText::Breadcrumb)>
            <ol>
                <li><A href="/cases">{tr(MediationText::NavCases)}</A></li>
                <li aria-current="page">{tr(MediationText::NewCase)}</li>
            </ol>
        </nav>
        <h1>{tr(MediationText::NewCase)}</h1>
        <Show when=move || can_intake.get()>
            <Loaded resource=teams let:teams>
                <CaseForm teams=teams on_created=on_created />
            </Loaded>
        </Show>
    }
}
