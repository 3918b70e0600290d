use hgcs_domain::api::audit::AuditEntry;
use leptos::prelude::*;

use crate::api::{ApiError, AuditFilter, use_api};
use crate::components::audit::{AuditFilters, AuditTable};
use crate::components::common::{ErrorBanner, Loading};
use crate::components::layout::RequireAdmin;
use crate::i18n::{CommonText, tr};

#[component]
pub fn AuditLogPage() -> impl IntoView {
    view! {
        <h1>{tr(CommonText::NavAudit)}</h1>
        <RequireAdmin>
            <AuditLog />
        </RequireAdmin>
    }
}

/// Keyset paging: each "load more" asks for the entries older than the
/// last page's cursor and appends them.
#[component]
fn AuditLog() -> impl IntoView {
    let api = use_api();
    let filter = RwSignal::new(AuditFilter::default());
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let next = RwSignal::new(None::<i64>);
    let loaded = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let load = Action::new_local(move |cursor: &Option<i64>| {
        let cursor = *cursor;
        let filter = filter.get_untracked();
        async move {
            failure.set(None);
            match api.audit(&filter, cursor).await {
                Ok(page) => {
                    if cursor.is_some() {
                        entries.update(|list| list.extend(page.items));
                    } else {
                        entries.set(page.items);
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
    let on_search = Callback::new(move |new_filter: AuditFilter| {
        filter.set(new_filter);
        load.dispatch(None);
    });
    let empty = move || loaded.get() && entries.with(Vec::is_empty);

    view! {
        <AuditFilters on_search=on_search />
        {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
        <Show when=move || !empty() fallback=|| view! { <p class="empty">{tr(CommonText::NoEntries)}</p> }>
            <AuditTable entries=entries.into() />
        </Show>
        <Show when=move || pending.get()>
            <Loading />
        </Show>
        <Show when=move || next.get().is_some()>
            <button
                id="audit-more"
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
