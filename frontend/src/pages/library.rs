use hgcs_domain::Role;
use hgcs_domain::api::auth::Me;
use hgcs_domain::api::library::{LibraryItem, LibraryQuery};
use hgcs_domain::api::search::SearchQuery;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::Loaded;
use crate::components::library::{ItemForm, ItemList, SearchResults};
use crate::i18n::{LibraryText, tr};
use crate::state::use_app;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <Library me=me /> })
    }
}

/// The legal library: one search over the library, questions and
/// courses; the items the user reads (the publisher's drafts too); the
/// publisher's form.
#[component]
fn Library(me: Me) -> impl IntoView {
    let api = use_api();
    let publishes = matches!(me.role, Role::CityJustice | Role::CityDepartment);
    let typed = RwSignal::new(String::new());
    let sought = RwSignal::new(String::new());
    let changed = RwSignal::new(0_u32);
    let items = LocalResource::new(move || {
        changed.track();
        async move { api.library_items(&LibraryQuery::default()).await }
    });
    let hits = LocalResource::new(move || {
        let q = sought.get();
        async move {
            if q.trim().is_empty() {
                Ok(None)
            } else {
                api.search(&SearchQuery { q, limit: None }).await.map(Some)
            }
        }
    });
    let editing: RwSignal<Option<LibraryItem>> = RwSignal::new(None);
    let on_changed = Callback::new(move |_: LibraryItem| {
        editing.set(None);
        changed.update(|n| *n += 1);
    });
    let on_edit = Callback::new(move |item: LibraryItem| editing.set(Some(item)));
    let on_cancel = Callback::new(move |()| editing.set(None));
    view! {
        <h1>{tr(LibraryText::NavLibrary)}</h1>
        <p>{tr(LibraryText::Intro)}" "<a href="/thu-vien" data-test="public-link">{tr(LibraryText::PublicPage)}</a></p>
        <section class="card" aria-labelledby="library-search">
            <h2 id="library-search">{tr(LibraryText::Search)}</h2>
            <form role="search" on:submit=move |ev| {
                ev.prevent_default();
                sought.set(typed.get_untracked());
            }>
                <label for="search-q">{tr(LibraryText::SearchHint)}</label>
                <div class="search-row">
                    <input id="search-q" type="search" maxlength="200" data-test="search-q"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev)) />
                    <button type="submit" class="button" data-test="search-go">{tr(LibraryText::Search)}</button>
                </div>
            </form>
            <Loaded resource=hits let:found>
                {found.map(|hits| view! { <SearchResults hits=hits /> })}
            </Loaded>
        </section>
        <section class="card" aria-labelledby="library-items">
            <h2 id="library-items">{tr(LibraryText::Items)}</h2>
            <Loaded resource=items let:list>
                <ItemList items=list on_changed=on_changed on_edit=on_edit />
            </Loaded>
        </section>
        {move || {
            let me = me.clone();
            publishes.then(|| view! {
                <ItemForm me=me item=editing.get() on_saved=on_changed on_cancel=on_cancel />
            })
        }}
    }
}
