use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::{Assignment, Case, CaseStep};
use hgcs_domain::mediation::CaseAction;
use hgcs_domain::validation::FieldError;
use leptos::html::Form;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::mediator_checklist::MediatorChecklist;
use crate::api::{ApiError, use_api};
use crate::components::common::{
    DateField, ErrorBanner, Loading, TextArea, field_message, local_error, reveal_on_mount,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// One workflow step: a date, a note, and for an assignment the mediators
/// (each declaring any interest), for an end the agreement or demands.
/// A step the case's state does not allow comes back as a 409, said on top.
#[component]
pub fn StepForm(
    case: Case,
    action: CaseAction,
    on_done: Callback<Case>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let case_id = case.id;
    let team_id = case.team_id;
    let assigning = action == CaseAction::Assign;
    let needs_outcome = matches!(action, CaseAction::Succeed | CaseAction::Fail);
    let day = RwSignal::new(format::date(format::today()));
    let note = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let chosen = RwSignal::new(case.mediators.iter().map(|m| m.id).collect::<Vec<_>>());
    let interested = RwSignal::new(Vec::<MediatorId>::new());
    let sent = RwSignal::new(Vec::<MediatorId>::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let form = NodeRef::<Form>::new();
    reveal_on_mount(form);
    let team = LocalResource::new(move || async move {
        if assigning {
            Some(api.team(team_id).await)
        } else {
            None
        }
    });
    let outcome_label = if action == CaseAction::Succeed {
        MediationText::Agreement
    } else {
        MediationText::Demands
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let lang = lang.get_untracked();
        let mut found = Vec::new();
        let on = parse_date(&day.get_untracked());
        if on.is_none() {
            found.push(local_error("on", text(lang, CommonText::DateInvalid)));
        }
        let picked = chosen.get_untracked();
        if assigning && picked.is_empty() {
            found.push(local_error(
                "mediators",
                text(lang, MediationText::ChooseOne),
            ));
        }
        let result_text = outcome.get_untracked().trim().to_owned();
        if needs_outcome && result_text.is_empty() {
            found.push(local_error("outcome", text(lang, PlanText::Required)));
        }
        let (Some(on), true) = (on, found.is_empty()) else {
            errors.set(found);
            return;
        };
        errors.set(Vec::new());
        let with_interest = interested.get_untracked();
        let mediators = if assigning {
            picked
                .iter()
                .map(|id| Assignment {
                    mediator_id: *id,
                    has_interest: with_interest.contains(id),
                })
                .collect()
        } else {
            Vec::new()
        };
        sent.set(if assigning { picked } else { Vec::new() });
        let step = CaseStep {
            action,
            on,
            mediators,
            note: note.get_untracked().trim().to_owned(),
            outcome: if needs_outcome {
                result_text
            } else {
                String::new()
            },
        };
        pending.set(true);
        spawn_local(async move {
            let result = api.step_case(case_id, &step).await;
            pending.set(false);
            match result {
                Ok(case) => on_done.run(case),
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    let checklist = move || {
        assigning.then(|| {
            view! {
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match team.await {
                            Some(Ok(team)) => {
                                let members = team.members.into_iter().filter(|m| m.active).collect::<Vec<_>>();
                                view! {
                                    <MediatorChecklist members=members chosen=chosen interested=interested sent=sent errors=errors />
                                }.into_any()
                            }
                            Some(Err(error)) => view! { <ErrorBanner error=error /> }.into_any(),
                            None => ().into_any(),
                        }
                    })}
                </Transition>
            }
        })
    };

    view! {
        <form node_ref=form class="form form-grid card step-form" on:submit=submit novalidate=true aria-labelledby="step-title">
            <h2 id="step-title" class="form-title">{tr(i18n::case_action(action))}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <div class="field">
                <DateField id="step-on" label=MediationText::StepOn value=day />
                {move || field_message(errors, "on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            {checklist}
            {needs_outcome.then(|| view! {
                <TextArea id="step-outcome" label=outcome_label value=outcome required=true rows=5 error=field_message(errors, "outcome") />
            })}
            <TextArea id="step-note" label=PlanText::Note value=note rows=2 error=field_message(errors, "note") />
            <div class="form-actions">
                <button id="submit-step" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(MediationText::SubmitStep)}
                </button>
                <button id="cancel-step" type="button" class="button" on:click=move |_| on_cancel.run(())>
                    {tr(CommonText::Cancel)}
                </button>
            </div>
        </form>
    }
}
