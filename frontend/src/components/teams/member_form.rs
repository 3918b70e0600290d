use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::Team;
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::member_fields::MemberFields;
use super::member_inputs::MemberInputs;
use crate::api::{ApiError, use_api};
use crate::components::common::ErrorBanner;
use crate::i18n::{MediationText, tr};
use crate::state::use_lang;

/// Adds one elected mediator to an existing team.
#[component]
pub fn MemberForm(team_id: TeamId, on_added: Callback<(Team, String)>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let inputs = MemberInputs::new(0);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let input = match inputs.read(lang.get_untracked(), "mediator") {
            Ok(input) => input,
            Err(found) => {
                errors.set(found);
                return;
            }
        };
        errors.set(Vec::new());
        pending.set(true);
        spawn_local(async move {
            let result = api.add_member(team_id, &input).await;
            pending.set(false);
            match result {
                Ok(team) => {
                    inputs.clear();
                    on_added.run((team, input.full_name));
                }
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid" on:submit=submit novalidate=true aria-labelledby="member-form-title">
            <h2 id="member-form-title" class="form-title">{tr(MediationText::AddMember)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <MemberFields prefix="new-member" field="mediator" inputs=inputs errors=errors />
            <div class="form-actions">
                <button id="add-member" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(MediationText::AddMember)}
                </button>
            </div>
        </form>
    }
}
