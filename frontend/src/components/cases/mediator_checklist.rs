use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::MediatorSummary;
use leptos::prelude::*;

use crate::components::common::Submit;

use crate::i18n::{MediationText, tr};

/// The team's active mediators to tick; each says whether they have an
/// interest in the matter (then the law forbids them to mediate it).
/// `sent` is the order of the last request, so that the server's errors
/// on `mediators[i]` show next to the right person.
#[component]
pub fn MediatorChecklist(
    members: Vec<MediatorSummary>,
    chosen: RwSignal<Vec<MediatorId>>,
    interested: RwSignal<Vec<MediatorId>>,
    sent: RwSignal<Vec<MediatorId>>,
    form: Submit,
) -> impl IntoView {
    let toggle = |list: RwSignal<Vec<MediatorId>>, id: MediatorId| {
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            list.update(|list| {
                list.retain(|other| *other != id);
                if on {
                    list.push(id);
                }
            });
        }
    };
    let error_of = move |id: MediatorId| {
        let position = sent.with(|sent| sent.iter().position(|other| *other == id))?;
        let field = format!("mediators[{position}]");
        form.errors().with(|errors| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    };
    let overall = move || {
        form.errors().with(|errors| {
            errors
                .iter()
                .find(|e| e.field == "mediators")
                .map(|e| e.message.clone())
        })
    };
    if members.is_empty() {
        return view! { <p class="field-wide empty">{tr(MediationText::NoActiveMediators)}</p> }
            .into_any();
    }
    let items = members
        .into_iter()
        .map(|member| {
            let id = member.id;
            let pick_id = format!("assign-{id}");
            let interest_id = format!("interest-{id}");
            view! {
                <li class="assign-item" data-test="assign-item">
                    <div class="field-check">
                        <input id=pick_id.clone() type="checkbox"
                            checked=move || chosen.get().contains(&id)
                            on:change=toggle(chosen, id) />
                        <label for=pick_id>{member.full_name}</label>
                    </div>
                    <div class="field-check assign-interest">
                        <input id=interest_id.clone() type="checkbox"
                            checked=move || interested.get().contains(&id)
                            on:change=toggle(interested, id) />
                        <label for=interest_id>{tr(MediationText::HasInterest)}</label>
                    </div>
                    {move || error_of(id).map(|m| view! { <p class="field-error">{m}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field-wide checklist" data-test="assign-checklist">
            <legend>{tr(MediationText::ChooseMediators)}</legend>
            <ul class="assign-list">{items}</ul>
            {move || overall().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
    }
    .into_any()
}
