use hgcs_domain::UnitId;
use hgcs_domain::api::units::UnitDetail;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::use_api;
use crate::components::common::{ErrorBanner, Loading};
use crate::components::units::{AncestorsTrail, SummaryTable, UnitLinks};
use crate::format;
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

#[component]
pub fn UnitDetailPage() -> impl IntoView {
    let api = use_api();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .map(UnitId)
    });
    let detail = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => Some(api.unit(id).await),
                None => None,
            }
        }
    });
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Some(Ok(detail)) => view! { <UnitView detail=detail /> }.into_any(),
                    Some(Err(error)) => view! { <ErrorBanner error=error /> }.into_any(),
                    None => view! { <h1>{tr(CommonText::NotFoundTitle)}</h1> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn UnitView(detail: UnitDetail) -> impl IntoView {
    let lang = use_lang();
    let unit = detail.unit;
    let (level, from, to) = (unit.level, unit.valid_from, unit.valid_to);
    let minority = unit.ethnic_minority_area;
    view! {
        <AncestorsTrail ancestors=detail.ancestors current=unit.name.clone() />
        <h1 data-test="unit-title">{unit.name}</h1>
        <section class="card">
            <dl class="facts">
                <dt>{tr(CommonText::ColCode)}</dt>
                <dd class="mono">{unit.code}</dd>
                <dt>{tr(CommonText::ColLevel)}</dt>
                <dd>{move || level.label(lang.get())}</dd>
                <dt>{tr(CommonText::ColValidFrom)}</dt>
                <dd>{move || format::valid_from(from, lang.get())}</dd>
                <dt>{tr(CommonText::ColValidTo)}</dt>
                <dd>{move || format::valid_to(to, lang.get())}</dd>
                <dt>{tr(CommonText::EthnicMinorityArea)}</dt>
                <dd>{move || tr(if minority { CommonText::Yes } else { CommonText::No })()}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="reorg">
            <h2 id="reorg">{tr(CommonText::Reorganisation)}</h2>
            <UnitLinks predecessors=detail.predecessors successors=detail.successors />
        </section>
        <section class="card" aria-labelledby="children">
            <h2 id="children">{tr(CommonText::ChildUnits)}</h2>
            <SummaryTable units=detail.children caption=CommonText::ChildUnits />
        </section>
    }
}
