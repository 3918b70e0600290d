use hgcs_domain::Role;
use hgcs_domain::api::mediation::Case;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{ApiError, CaseFilter, use_api};
use crate::components::cases::{CaseFilters, CaseTable};
use crate::components::common::{ErrorBanner, Loading};
use crate::i18n::{CommonText, MediationText, tr};
use crate::state::has_role;

/// Who takes cases in: the ward official and the team leader.
pub const INTAKE: &[Role] = &[Role::WardOfficial, Role::TeamLeader];

/// The cases the user may see, filtered, 50 at a time.
#[component]
pub fn CasesPage() -> impl IntoView {
    let api = use_api();
    let can_intake = has_role(INTAKE);
    let teams = LocalResource::new(move || async move { api.teams(None).await });
    view! {
        <h1>{tr(MediationText::NavCases)}</h1>
        <Show when=move || can_intake.get()>
            <p class="plan-action">
                <A href="/cases/new" attr:id="new-case" attr:class="button button-primary">{tr(MediationText::NewCase)}</A>
            </p>
        </Show>
        <section class="card" aria-labelledby="case-list">
            <h2 id="case-list">{tr(MediationText::CaseList)}</h2>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    // Partners may not list teams; the filter then offers none.
                    let teams = teams.await.unwrap_or_default();
                    view! { <CaseList teams=teams /> }
                })}
            </Transition>
        </section>
    }
}

/// Keyset paging: "Tải thêm" asks for the page after the last cursor.
#[component]
fn CaseList(teams: Vec<hgcs_domain::api::mediation::Team>) -> impl IntoView {
    let api = use_api();
    let filter = RwSignal::new(CaseFilter::default());
    let cases = RwSignal::new(Vec::<Case>::new());
    let next = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let load = Action::new_local(move |cursor: &Option<String>| {
        let cursor = cursor.clone();
        let filter = filter.get_untracked();
        async move {
            failure.set(None);
            let more = cursor.is_some();
            match api.cases(&filter, cursor).await {
                Ok(page) => {
                    if more {
                        cases.update(|list| list.extend(page.items));
                    } else {
                        cases.set(page.items);
                    }
                    next.set(page.next_cursor);
                    loaded.set(true);
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    load.dispatch(None);
    let pending = load.pending();
    let on_search = Callback::new(move |new_filter: CaseFilter| {
        filter.set(new_filter);
        load.dispatch(None);
    });
    let empty = move || loaded.get() && cases.with(Vec::is_empty);

    view! {
        <CaseFilters teams=teams on_search=on_search />
        {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
        <Show when=move || !empty() fallback=|| view! { <p class="empty">{tr(MediationText::NoCases)}</p> }>
            <CaseTable cases=cases.into() />
        </Show>
        <Show when=move || pending.get()>
            <Loading />
        </Show>
        <Show when=move || next.get().is_some()>
            <button
                id="cases-more"
                type="button"
                class="button"
                disabled=move || pending.get()
                on:click=move |_| {
                    load.dispatch(next.get_untracked());
                }
            >
                {tr(CommonText::LoadMore)}
            </button>
        </Show>
    }
}
