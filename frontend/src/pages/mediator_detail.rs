use hgcs_domain::api::mediation::Mediator;
use hgcs_domain::{MediatorId, Role};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::use_api;
use crate::components::common::{ErrorBanner, Loading, Notice};
use crate::components::mediators::{MediatorDetails, MediatorEventForm, MediatorHistory};
use crate::i18n::{CommonText, MediationText, text, tr};
use crate::state::{has_role, use_lang};

const KEEPERS: &[Role] = &[Role::WardOfficial];

#[component]
pub fn MediatorDetailPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .map(MediatorId)
    });
    let mediator = LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => Some(api.mediator(id).await),
                None => None,
            }
        }
    });
    let notice = RwSignal::new(None::<String>);
    let on_done = Callback::new(move |_: Mediator| {
        notice.set(Some(
            text(lang.get_untracked(), MediationText::EventRecorded).to_owned(),
        ));
        mediator.refetch();
    });
    view! {
        {move || notice.get().map(|message| view! { <Notice message=message /> })}
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match mediator.await {
                    Some(Ok(mediator)) => view! { <MediatorView mediator=mediator on_done=on_done /> }.into_any(),
                    Some(Err(error)) => view! { <ErrorBanner error=error /> }.into_any(),
                    None => view! { <h1>{tr(CommonText::NotFoundTitle)}</h1> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The profile, its history, and for the ward official a form to record
/// what happened next (a mediator who left takes no more events).
#[component]
fn MediatorView(mediator: Mediator, on_done: Callback<Mediator>) -> impl IntoView {
    let keeps = has_role(KEEPERS);
    let id = mediator.summary.id;
    let active = mediator.summary.active;
    let history = mediator.history.clone();
    view! {
        <MediatorDetails mediator=mediator />
        <section class="card" aria-labelledby="mediator-history">
            <h2 id="mediator-history">{tr(MediationText::History)}</h2>
            <MediatorHistory history=history />
        </section>
        <Show when=move || keeps.get() && active>
            <MediatorEventForm mediator_id=id on_done=on_done />
        </Show>
    }
}
