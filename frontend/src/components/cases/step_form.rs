use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::{Assignment, Case, CaseStep};
use hgcs_domain::mediation::CaseAction;
use leptos::prelude::*;

use super::mediator_checklist::MediatorChecklist;
use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Loaded, Submit, TextArea, local_error};
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
    let form = Submit::new();
    let outcome_label = if action == CaseAction::Succeed {
        MediationText::Agreement
    } else {
        MediationText::Demands
    };

    let submit = Callback::new(move |()| {
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
            form.reject(found);
            return;
        };
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
        form.send(
            async move { api.step_case(case_id, &step).await },
            move |case| on_done.run(case),
        );
    });

    // The team's active mediators, to choose from when assigning.
    let checklist = assigning.then(|| {
        let team = LocalResource::new(move || async move { api.team(team_id).await });
        view! {
            <Loaded resource=team let:team>
                {
                    let members: Vec<_> = team.members.into_iter().filter(|m| m.active).collect();
                    view! {
                        <MediatorChecklist members=members chosen=chosen interested=interested sent=sent form=form />
                    }
                }
            </Loaded>
        }
    });

    view! {
        <FormFrame form=form id="step-title" title=i18n::case_action(action) class="form form-grid card step-form" reveal=true on_submit=submit>
            <div class="field">
                <DateField id="step-on" label=MediationText::StepOn value=day />
                {move || form.field("on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            {checklist}
            {needs_outcome.then(|| view! {
                <TextArea id="step-outcome" label=outcome_label value=outcome required=true rows=5 error=form.field("outcome") />
            })}
            <TextArea id="step-note" label=PlanText::Note value=note rows=2 error=form.field("note") />
            <div class="form-actions">
                <button id="submit-step" type="submit" class="button button-primary" disabled=form.pending()>
                    {tr(MediationText::SubmitStep)}
                </button>
                <button id="cancel-step" type="button" class="button" on:click=move |_| on_cancel.run(())>
                    {tr(CommonText::Cancel)}
                </button>
            </div>
        </FormFrame>
    }
}
