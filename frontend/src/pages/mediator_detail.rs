use hgcs_domain::api::mediation::Mediator;
use hgcs_domain::{MediatorId, Role};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::mediators::{
    MediatorDetails, MediatorEventForm, MediatorHistory, MediatorTrainings,
};
use crate::i18n::{MediationText, TrainingText, tr};
use crate::state::has_role;

const KEEPERS: &[Role] = &[Role::WardOfficial];

#[component]
pub fn MediatorDetailPage() -> impl IntoView {
    let api = use_api();
    let mediator = use_detail(move |id: MediatorId| async move { api.mediator(id).await });
    let notice = Announcement::new();
    let on_done = notice.and_reload(MediationText::EventRecorded, mediator);
    view! {
        <Announced notice=notice />
        <Loaded resource=mediator let:mediator>
            <MediatorView mediator=mediator on_done=on_done />
        </Loaded>
    }
}

/// The profile, its history, the trainings, and for the ward official a form to record
/// what happened next (a mediator who left takes no more events).
#[component]
fn MediatorView(mediator: Mediator, on_done: Callback<Mediator>) -> impl IntoView {
    let keeps = has_role(KEEPERS);
    let id = mediator.summary.id;
    let active = mediator.summary.active;
    let history = mediator.history.clone();
    let trainings = mediator.trainings.clone();
    view! {
        <MediatorDetails mediator=mediator />
        <section class="card" aria-labelledby="mediator-history">
            <h2 id="mediator-history">{tr(MediationText::History)}</h2>
            <MediatorHistory history=history />
        </section>
        <section class="card" aria-labelledby="mediator-trainings">
            <h2 id="mediator-trainings">{tr(TrainingText::NavCourses)}</h2>
            <MediatorTrainings trainings=trainings />
        </section>
        <Show when=move || keeps.get() && active>
            <MediatorEventForm mediator_id=id on_done=on_done />
        </Show>
    }
}
