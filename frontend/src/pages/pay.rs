use hgcs_domain::api::pay::{PayClaim, PayClaimQuery};
use hgcs_domain::mediation::ClaimStatus;
use hgcs_domain::{Role, UnitId};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{PAGE_SIZE, use_api};
use crate::components::common::{Announced, Announcement, Loaded, PagedList, Pages};
use crate::components::pay::{ClaimDecisionForm, ClaimTable, PayRates, PaymentForm};
use crate::i18n::{RecordText, tr};
use crate::state::has_role;

/// What is open on a claim: its decision or its payment.
#[derive(Debug, Clone, PartialEq)]
enum Open {
    Decide(PayClaim),
    Pay(PayClaim),
}

/// The mediators' fees: the province's rates, then the claims with their
/// deadlines; the ward official decides and pays.
#[component]
pub fn PayPage() -> impl IntoView {
    let api = use_api();
    let manages = has_role(&[Role::WardOfficial]);
    let rates = LocalResource::new(move || async move { api.pay_rates().await });
    // A report's pay figure opens the claims paid in its days (`?unit_id=
    // &status=&paid_from=&paid_to=`).
    let params = use_query_map().get_untracked();
    let asked = PayClaimQuery {
        status: params.get("status").and_then(|v| ClaimStatus::parse(&v)),
        unit_id: params
            .get("unit_id")
            .and_then(|v| v.parse().ok())
            .map(UnitId),
        paid_from: params.get("paid_from").and_then(|v| v.parse().ok()),
        paid_to: params.get("paid_to").and_then(|v| v.parse().ok()),
        ..PayClaimQuery::default()
    };
    let claims = Pages::new(move |cursor| {
        let query = PayClaimQuery {
            cursor,
            limit: Some(PAGE_SIZE),
            ..asked.clone()
        };
        async move {
            let page = api.pay_claims(&query).await?;
            Ok((page.items, page.next_cursor))
        }
    });
    let open = RwSignal::new(None::<Open>);
    let notice = Announcement::new();
    let on_decide = Callback::new(move |claim: PayClaim| {
        notice.clear();
        open.set(Some(Open::Decide(claim)));
    });
    let on_pay = Callback::new(move |claim: PayClaim| {
        notice.clear();
        open.set(Some(Open::Pay(claim)));
    });
    let on_cancel = Callback::new(move |()| open.set(None));
    let done = move |msg: RecordText| {
        Callback::new(move |_: PayClaim| {
            open.set(None);
            notice.say(msg);
            claims.reload();
        })
    };
    let (on_decided, on_paid) = (
        done(RecordText::ClaimDecided),
        done(RecordText::PaymentRecorded),
    );
    let form = move || {
        open.get().map(|open| match open {
            Open::Decide(claim) => view! {
                <ClaimDecisionForm claim=claim on_done=on_decided on_cancel=on_cancel />
            }
            .into_any(),
            Open::Pay(claim) => view! {
                <PaymentForm claim=claim on_done=on_paid on_cancel=on_cancel />
            }
            .into_any(),
        })
    };
    view! {
        <h1>{tr(RecordText::NavPay)}</h1>
        <p>{tr(RecordText::PayIntro)}</p>
        <section class="card" aria-labelledby="pay-rates">
            <h2 id="pay-rates">{tr(RecordText::PayRates)}</h2>
            <Loaded resource=rates let:list>
                <PayRates rates=list />
            </Loaded>
        </section>
        <Announced notice=notice />
        {form}
        <section class="card" aria-labelledby="pay-claims">
            <h2 id="pay-claims">{tr(RecordText::Claims)}</h2>
            <PagedList pages=claims more_id="claims-more" empty=RecordText::NoClaims>
                {move || view! {
                    <ClaimTable claims=claims.items().get() manages=manages.get_untracked() on_decide=on_decide on_pay=on_pay />
                }}
            </PagedList>
        </section>
    }
}
