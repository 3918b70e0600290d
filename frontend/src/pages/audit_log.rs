use hgcs_domain::api::audit::AuditQuery;
use leptos::prelude::*;

use crate::api::{AUDIT_PAGE_SIZE, use_api};
use crate::components::audit::{AuditFilters, AuditTable};
use crate::components::common::{PagedList, Pages};
use crate::i18n::{CommonText, tr};

/// The audit log of the caller's scope: the administrator's all of it,
/// the Justice Office its city's, a ward official the ward's. Others are
/// refused by the server, and the page says so.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    view! {
        <h1>{tr(CommonText::NavAudit)}</h1>
        <AuditLog />
    }
}

/// Keyset paging: each "load more" asks for the entries older than the
/// last page's cursor and appends them.
#[component]
fn AuditLog() -> impl IntoView {
    let api = use_api();
    let filter = RwSignal::new(AuditQuery::default());
    let pages = Pages::new(move |cursor| {
        let query = AuditQuery {
            cursor,
            limit: Some(AUDIT_PAGE_SIZE),
            ..filter.get_untracked()
        };
        async move {
            let page = api.audit(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_search = Callback::new(move |new_filter: AuditQuery| {
        filter.set(new_filter);
        pages.reload();
    });

    view! {
        <AuditFilters on_search=on_search />
        <PagedList pages=pages more_id="audit-more" empty=CommonText::NoEntries>
            <AuditTable entries=pages.items() />
        </PagedList>
    }
}
