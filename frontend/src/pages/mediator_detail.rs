use hgcs_domain::api::mediation::Mediator;
use hgcs_domain::{MediatorId, Role};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Loaded, Notice, use_detail};
use crate::components::mediators::{MediatorDetails, MediatorEventForm, MediatorHistory};
use crate::i18n::{MediationText, text, tr};
use crate::state::{has_role, use_lang};

const KEEPERS: &[Role] = &[Role::WardOfficial];

#[component]
pub fn MediatorDetailPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let mediator = use_detail(move |id: MediatorId| async move { api.mediator(id).await });
    let notice = RwSignal::new(None::<String>);
    let on_done = Callback::new(move |_: Mediator| {
        notice.set(Some(
            text(lang.get_untracked(), MediationText::EventRecorded).to_owned(),
        ));
        mediator.refetch();
    });
    view! {
        {move || notice.get().map(|message| view! { <Notice message=message /> })}
        <Loaded resource=mediator let:mediator>
            <MediatorView mediator=mediator on_done=on_done />
        </Loaded>
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
