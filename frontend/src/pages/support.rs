use hgcs_domain::Role;
use hgcs_domain::api::auth::Me;
use hgcs_domain::api::supervisions::{Support, SupportQuery};
use leptos::prelude::*;

use crate::api::{PAGE_SIZE, use_api};
use crate::components::common::{Announced, Announcement, PagedList, Pages};
use crate::components::supervisions::{SupportForm, SupportTable};
use crate::i18n::{SupervisionText, tr};
use crate::state::use_app;

#[component]
pub fn SupportPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <SupportView me=me /> })
    }
}

/// What legal partners supplied in the user's scope (a partner: its
/// own), and the form a partner records with.
#[component]
fn SupportView(me: Me) -> impl IntoView {
    let api = use_api();
    let notice = Announcement::new();
    let supplies = me.role == Role::LegalPartner;
    let support = Pages::new(move |cursor| {
        let query = SupportQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..SupportQuery::default()
        };
        async move {
            let page = api.support(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_created = Callback::new(move |_: Support| {
        notice.say(SupervisionText::SupportRecorded);
        support.reload();
    });
    view! {
        <h1>{tr(SupervisionText::NavSupport)}</h1>
        <p>{tr(SupervisionText::SupportIntro)}</p>
        <Announced notice=notice />
        <section class="card" aria-labelledby="support-list">
            <h2 id="support-list">{tr(SupervisionText::SupportList)}</h2>
            <PagedList pages=support more_id="support-more" empty=SupervisionText::NoSupport>
                {move || view! { <SupportTable items=support.items().get() /> }}
            </PagedList>
        </section>
        {supplies.then(|| view! { <SupportForm me=me on_created=on_created /> })}
    }
}
