use hgcs_domain::api::supervisions::SupervisionQuery;
use leptos::prelude::*;

use crate::api::{PAGE_SIZE, use_api};
use crate::components::common::{PagedList, Pages};
use crate::components::supervisions::{SupervisionFilters, SupervisionTable};
use crate::i18n::{SupervisionText, tr};

/// The supervisions of the user's scope, newest first. A Front member
/// records one from the page of the team, the unit or the task it looked
/// at.
#[component]
pub fn SupervisionsPage() -> impl IntoView {
    let api = use_api();
    let query = RwSignal::new(SupervisionQuery::default());
    let supervisions = Pages::new(move |cursor| {
        let query = SupervisionQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..query.get_untracked()
        };
        async move {
            let page = api.supervisions(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_search = Callback::new(move |new_query: SupervisionQuery| {
        query.set(new_query);
        supervisions.reload();
    });
    view! {
        <h1>{tr(SupervisionText::NavSupervision)}</h1>
        <p>{tr(SupervisionText::Intro)}</p>
        <section class="card" aria-labelledby="supervision-list">
            <h2 id="supervision-list">{tr(SupervisionText::List)}</h2>
            <SupervisionFilters on_search=on_search />
            <PagedList pages=supervisions more_id="supervisions-more" empty=SupervisionText::NoSupervisions>
                {move || view! { <SupervisionTable supervisions=supervisions.items().get() /> }}
            </PagedList>
        </section>
    }
}
