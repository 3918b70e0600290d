use hgcs_domain::Role;
use hgcs_domain::UnitId;
use hgcs_domain::api::mediation::CaseQuery;
use hgcs_domain::api::mediation::TeamQuery;
use hgcs_domain::mediation::CaseGroup;
use hgcs_domain::reports::CaseResult;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::{ApiError, PAGE_SIZE, use_api};
use crate::components::cases::{CaseFilters, CaseTable};
use crate::components::common::{Loaded, PagedList, Pages};
use crate::i18n::{MediationText, ReportText, tr};
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
    // A report's figure opens this list with its filters in the address.
    let params = use_query_map().get_untracked();
    let opened = CaseQuery {
        unit_id: params
            .get("unit_id")
            .and_then(|v| v.parse().ok())
            .map(UnitId),
        from: params.get("from").and_then(|v| v.parse().ok()),
        to: params.get("to").and_then(|v| v.parse().ok()),
        group: params.get("group").and_then(|v| CaseGroup::parse(&v)),
        result: params.get("result").and_then(|v| CaseResult::parse(&v)),
        ..CaseQuery::default()
    };
    let from_report = opened.group.is_some() || opened.result.is_some() || opened.from.is_some();
    let filter = RwSignal::new(opened);
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
        {from_report.then(|| view! { <p class="field-hint" data-test="report-filter">{tr(ReportText::FromReport)}</p> })}
        <CaseFilters teams=teams on_search=on_search />
        <PagedList pages=pages more_id="cases-more" empty=MediationText::NoCases>
            <CaseTable cases=pages.items() />
        </PagedList>
    }
}
