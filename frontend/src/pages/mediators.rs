use hgcs_domain::UnitId;
use hgcs_domain::api::mediators::{EthnicityGroup, MediatorQuery};
use hgcs_domain::mediation::{Education, Sex};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{PAGE_SIZE, use_api};
use crate::components::common::{PagedList, Pages};
use crate::components::mediators::{RegisterFilters, RegisterTable};
use crate::i18n::{RegisterText, tr};

/// The register of mediators of the user's units, a page at a time. A
/// report's mediator figure opens it with the figure's unit and filters
/// in the address (`?unit_id=&sex=&ethnicity=&education=`).
#[component]
pub fn MediatorsPage() -> impl IntoView {
    let api = use_api();
    let params = use_query_map().get_untracked();
    let opened = MediatorQuery {
        unit_id: params
            .get("unit_id")
            .and_then(|v| v.parse().ok())
            .map(UnitId),
        sex: params.get("sex").and_then(|v| Sex::parse(&v)),
        ethnicity: params
            .get("ethnicity")
            .and_then(|v| EthnicityGroup::parse(&v)),
        education: params.get("education").and_then(|v| Education::parse(&v)),
        ..MediatorQuery::default()
    };
    let filter = RwSignal::new(opened.clone());
    let pages = Pages::new(move |cursor| {
        let query = MediatorQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..filter.get_untracked()
        };
        async move {
            let page = api.mediators(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let on_search = Callback::new(move |query: MediatorQuery| {
        filter.set(query);
        pages.reload();
    });
    view! {
        <h1>{tr(RegisterText::NavMediators)}</h1>
        <p>{tr(RegisterText::Intro)}</p>
        <section class="card" aria-labelledby="mediator-list">
            <h2 id="mediator-list">{tr(RegisterText::MediatorList)}</h2>
            <RegisterFilters initial=opened on_search=on_search />
            <PagedList pages=pages more_id="mediators-more" empty=RegisterText::NoMediators>
                {move || view! { <RegisterTable mediators=pages.items().get() /> }}
            </PagedList>
        </section>
    }
}
