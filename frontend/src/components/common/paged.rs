use std::future::Future;

use leptos::prelude::*;

use super::{ErrorBanner, Loading};
use crate::api::ApiError;
use crate::i18n::{CommonText, Label, tr};

/// Keyset paging for the long lists (cases, the audit log): the rows so
/// far, the cursor of the next page, and the call that fetches a page —
/// from the start (`None`) or after a cursor, whose rows are appended.
pub struct Pages<T: Send + Sync + 'static, C: Send + Sync + 'static> {
    items: RwSignal<Vec<T>>,
    next: RwSignal<Option<C>>,
    loaded: RwSignal<bool>,
    failure: RwSignal<Option<ApiError>>,
    load: Action<Option<C>, ()>,
}

impl<T: Send + Sync + 'static, C: Send + Sync + 'static> Clone for Pages<T, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static, C: Send + Sync + 'static> Copy for Pages<T, C> {}

impl<T, C> Pages<T, C>
where
    T: Clone + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    /// Starts with the first page at once.
    pub fn new<Fut>(fetch: impl Fn(Option<C>) -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<(Vec<T>, Option<C>), ApiError>> + 'static,
    {
        let items = RwSignal::new(Vec::new());
        let next = RwSignal::new(None);
        let loaded = RwSignal::new(false);
        let failure = RwSignal::new(None);
        let load = Action::new_local(move |cursor: &Option<C>| {
            let more = cursor.is_some();
            let page = fetch(cursor.clone());
            async move {
                failure.set(None);
                match page.await {
                    Ok((rows, cursor)) => {
                        if more {
                            items.update(|list| list.extend(rows));
                        } else {
                            items.set(rows);
                        }
                        next.set(cursor);
                        loaded.set(true);
                    }
                    Err(error) => failure.set(Some(error)),
                }
            }
        });
        load.dispatch(None);
        Pages {
            items,
            next,
            loaded,
            failure,
            load,
        }
    }

    /// From the first page again (e.g. with new filters).
    pub fn reload(&self) {
        self.load.dispatch(None);
    }

    pub fn items(&self) -> Signal<Vec<T>> {
        self.items.into()
    }
}

/// A paged list: its failure, `children` (the table of the rows so far)
/// or `empty` when there are none, "Loading…" while a page comes, and the
/// "load more" button (`more_id`) while there is a next page.
#[component]
pub fn PagedList<T, C>(
    pages: Pages<T, C>,
    more_id: &'static str,
    #[prop(into)] empty: Label,
    children: ChildrenFn,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    let pending = pages.load.pending();
    let none = move || pages.loaded.get() && pages.items.with(Vec::is_empty);
    view! {
        {move || pages.failure.get().map(|error| view! { <ErrorBanner error=error /> })}
        <Show when=move || !none() fallback=move || view! { <p class="empty">{tr(empty)}</p> }>
            {children()}
        </Show>
        <Show when=move || pending.get()>
            <Loading />
        </Show>
        <Show when=move || pages.next.with(Option::is_some)>
            <button
                id=more_id
                type="button"
                class="button"
                disabled=move || pending.get()
                on:click=move |_| {
                    pages.load.dispatch(pages.next.get_untracked());
                }
            >
                {tr(CommonText::LoadMore)}
            </button>
        </Show>
    }
}
