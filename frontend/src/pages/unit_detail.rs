use hgcs_domain::UnitId;
use hgcs_domain::api::units::UnitDetail;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Loaded, use_detail};
use crate::components::supervisions::{Supervised, SupervisionForm};
use crate::components::units::{AncestorsTrail, SummaryTable, UnitLinks};
use crate::format;
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

#[component]
pub fn UnitDetailPage() -> impl IntoView {
    let api = use_api();
    let detail = use_detail(move |id: UnitId| async move { api.unit(id).await });
    view! {
        <Loaded resource=detail let:detail>
            <UnitView detail=detail />
        </Loaded>
    }
}

#[component]
fn UnitView(detail: UnitDetail) -> impl IntoView {
    let lang = use_lang();
    let unit = detail.unit;
    let (level, from, to) = (unit.level, unit.valid_from, unit.valid_to);
    let minority = unit.ethnic_minority_area;
    let unit_id = unit.id;
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
        <SupervisionForm supervised=Supervised::Unit(unit_id) />
    }
}
