use hgcs_domain::api::mediation::Case;
use hgcs_domain::mediation::CaseAction;
use leptos::prelude::*;

use super::step_form::StepForm;
use crate::i18n;
use crate::i18n::{MediationText, tr};

/// The steps the server says the caller may take now, each opening its
/// small form.
#[component]
pub fn CaseActions(case: Case, on_done: Callback<Case>) -> impl IntoView {
    let open = RwSignal::new(None::<CaseAction>);
    if case.actions.is_empty() {
        return ().into_any();
    }
    let buttons = case
        .actions
        .iter()
        .map(|action| {
            let action = *action;
            let label = i18n::case_action(action);
            let primary = matches!(
                action,
                CaseAction::Assign | CaseAction::Start | CaseAction::Succeed
            );
            view! {
                <button
                    id=format!("action-{}", action.as_str())
                    type="button"
                    class=if primary { "button button-primary" } else { "button" }
                    aria-pressed=move || if open.get() == Some(action) { "true" } else { "false" }
                    on:click=move |_| open.set(Some(action))
                >
                    {tr(label)}
                </button>
            }
        })
        .collect_view();
    let on_cancel = Callback::new(move |()| open.set(None));
    let on_step = Callback::new(move |updated: Case| {
        open.set(None);
        on_done.run(updated);
    });
    let case = StoredValue::new(case);
    view! {
        <section class="card" aria-labelledby="case-actions">
            <h2 id="case-actions">{tr(MediationText::NextSteps)}</h2>
            <div class="form-actions case-actions">{buttons}</div>
        </section>
        {move || open.get().map(|action| view! {
            <StepForm case=case.get_value() action=action on_done=on_step on_cancel=on_cancel />
        })}
    }
    .into_any()
}
