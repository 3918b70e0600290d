use hgcs_domain::UnitId;
use hgcs_domain::api::mediators::MediatorQuery;
use hgcs_domain::api::trainings::{Course, InvitationInput, Invitee};
use leptos::prelude::*;

use crate::api::{Api, ApiError, use_api};
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{TrainingText, tr};

/// Every serving mediator of `units`, page after page of the register.
async fn register_of(api: Api, units: Vec<UnitId>) -> Result<Vec<i64>, ApiError> {
    let mut ids = Vec::new();
    for unit in units {
        let mut cursor = None;
        loop {
            let query = MediatorQuery {
                unit_id: Some(unit),
                cursor,
                limit: Some(200),
                ..MediatorQuery::default()
            };
            let page = api.mediators(&query).await?;
            ids.extend(page.items.iter().map(|m| m.summary.id.0));
            match page.next_cursor {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Invites every serving mediator of the units the course is meant for
/// (its own unit when it names none).
#[component]
pub fn InviteAll(course: Course, on_done: Callback<Vec<Invitee>>) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let id = course.id;
    let units: Vec<UnitId> = if course.audience.is_empty() {
        vec![course.unit.id]
    } else {
        course.audience.iter().map(|u| u.id).collect()
    };
    let invite = move |_| {
        let units = units.clone();
        form.start();
        form.send(
            async move {
                let ids = register_of(api, units).await?;
                let input = InvitationInput {
                    mediator_ids: ids.into_iter().map(hgcs_domain::MediatorId).collect(),
                };
                api.invite(id, &input).await
            },
            move |invitees| on_done.run(invitees),
        );
    };
    view! {
        <div class="plan-action">
            <FormFailure form=form />
            <p class="field-hint">{tr(TrainingText::InviteAllHint)}</p>
            <button id="invite-all" type="button" class="button button-primary"
                disabled=move || form.pending().get() on:click=invite>
                {tr(TrainingText::InviteAll)}
            </button>
        </div>
    }
}
