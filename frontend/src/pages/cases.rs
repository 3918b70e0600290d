use hgcs_domain::Role;
use hgcs_domain::api::mediation::CaseQuery;
use hgcs_domain::api::mediation::TeamQuery;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{ApiError, PAGE_SIZE, use_api};
use crate::components::cases::{CaseFilters, CaseTable};
use crate::components::common::{Loaded, PagedList, Pages};
use crate::i18n::{MediationText, tr};
use crate::state::has_role;

/// Who takes cases in: the ward official and the team leader.
pub const INTAKE: &[Role] = &[Role::WardOfficial, Role::TeamLeader];

/// The cases the user may see, filtered, 50 at a time.
#[component]
pub fn CasesPage() -> impl IntoView {
    let api = use_api();
    let can_intake = has_role(INTAKE);
    // Partners may not list teams; the filter then offers none.
    let teams = LocalResource::new(move || async move {
        Ok::<_, ApiError>(api.teams(&TeamQuery::default()).await.unwrap_or_default())
    });
    view! {
        <h1>{tr(MediationText::NavCases)}</h1>
        <Show when=move || can_intake.get()>
            <p class="plan-action">
                <A href="/cases/new" attr:id="new-case" attr:class="button button-primary">{tr(MediationText::NewCase)}</A>
            </p>
        </Show>
        <section class="card" aria-labelledby="case-list">
            <h2 id="case-list">{tr(MediationText::CaseList)}</h2>
            <Loaded resource=teams let:teams>
                <CaseList teams=teams />
            </Loaded>
        </section>
    }
}

/// Keyset paging: "Tải thêm" asks for the page after the last cursor.
#[component]
fn CaseList(teams: Vec<hgcs_domain::api::mediation::Team>) -> impl IntoView {
    let api = use_api();
    let filter = RwSignal::new(CaseQuery::default());
    let pages = Pages::new(move |cursor| {
        let query = CaseQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..filter.get_untracked()
        };
        async move {
            let page = api.cases(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_search = Callback::new(move |new_filter: CaseQuery| {
        filter.set(new_filter);
        pages.reload();
    });

    view! {
        <CaseFilters teams=teams on_search=on_search />
        <PagedList pages=pages more_id="cases-more" empty=MediationText::NoCases>
            <CaseTable cases=pages.items() />
        </PagedList>
    }
}
