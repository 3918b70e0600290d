use hgcs_domain::api::search::{HitKind, SearchHit};
use leptos::prelude::*;
use leptos_router::components::A;

use super::spans::Marked;
use crate::i18n::{HitText, LibraryText, tr};

/// Hits of a search, best first, each linked to its page and marked
/// where it matched.
#[component]
pub fn SearchResults(hits: Vec<SearchHit>) -> impl IntoView {
    if hits.is_empty() {
        return view! { <p class="empty" data-test="no-hits">{tr(LibraryText::NoResults)}</p> }
            .into_any();
    }
    let items = hits
        .into_iter()
        .map(|hit| {
            let href = match hit.kind {
                HitKind::LibraryItem => format!("/library#item-{}", hit.id),
                HitKind::Question => format!("/questions/{}", hit.id),
                HitKind::Course => format!("/courses/{}", hit.id),
            };
            view! {
                <li data-test="search-hit" data-kind=hit.kind.as_str()>
                    <span class="badge">{tr(HitText(hit.kind))}</span>" "
                    <A href=href><Marked spans=hit.title /></A>
                    <p class="muted"><Marked spans=hit.excerpt /></p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="hits">{items}</ul> }.into_any()
}
