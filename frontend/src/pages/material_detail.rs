use hgcs_domain::MaterialRunId;
use hgcs_domain::api::materials::MaterialRun;
use hgcs_domain::text::thousands;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::materials::{DeliveryForm, DeliveryTable};
use crate::format;
use crate::i18n::{MaterialText, tr};

#[component]
pub fn MaterialDetailPage() -> impl IntoView {
    let api = use_api();
    let run = use_detail(move |id: MaterialRunId| async move { api.material_run(id).await });
    let notice = Announcement::new();
    let on_delivered = notice.and_reload(MaterialText::Delivered, run);
    let on_confirmed = notice.and_reload(MaterialText::ReceiptConfirmed, run);
    view! {
        <Announced notice=notice />
        <Loaded resource=run let:found>
            <RunView run=found on_delivered=on_delivered on_confirmed=on_confirmed />
        </Loaded>
    }
}

/// A print run: what was printed, what is left, the copies handed out.
#[component]
fn RunView(
    run: MaterialRun,
    on_delivered: Callback<()>,
    on_confirmed: Callback<()>,
) -> impl IntoView {
    let form = run
        .manage
        .then(|| view! { <DeliveryForm run=run.clone() on_done=Callback::new(move |_| on_delivered.run(())) /> });
    view! {
        <h1>{run.title.clone()}</h1>
        <section class="card" aria-labelledby="run-facts">
            <h2 id="run-facts" class="visually-hidden">{tr(MaterialText::Title)}</h2>
            <dl class="facts">
                <dt>{tr(MaterialText::Edition)}</dt>
                <dd>{run.edition.clone()}</dd>
                <dt>{tr(MaterialText::PrintedOn)}</dt>
                <dd>{format::date(run.printed_on)}</dd>
                <dt>{tr(MaterialText::Quantity)}</dt>
                <dd>{thousands(i64::from(run.quantity))}</dd>
                <dt>{tr(MaterialText::Cost)}</dt>
                <dd>{thousands(run.cost_vnd)}</dd>
                <dt>{tr(MaterialText::Distributed)}</dt>
                <dd data-test="run-distributed">{thousands(run.distributed)}</dd>
                <dt>{tr(MaterialText::Confirmed)}</dt>
                <dd data-test="run-confirmed">{thousands(run.confirmed)}</dd>
                <dt>{tr(MaterialText::Stock)}</dt>
                <dd data-test="run-stock">{thousands(run.stock)}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="run-deliveries">
            <h2 id="run-deliveries">{tr(MaterialText::Deliveries)}</h2>
            <DeliveryTable run=run.id deliveries=run.deliveries on_confirmed=Callback::new(move |_| on_confirmed.run(())) />
        </section>
        {form}
    }
}
