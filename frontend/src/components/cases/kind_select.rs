use hgcs_domain::mediation::CaseKind;
use leptos::prelude::*;

use crate::i18n::{MediationText, PlanText, tr};
use crate::state::use_lang;

/// The kind of matter: kinds the team may mediate first, then those it
/// must refuse and refer. Choosing one of the latter says why at once.
#[component]
pub fn KindSelect(
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let options = move |in_scope: bool| {
        let lang = lang.get();
        CaseKind::ALL
            .iter()
            .filter(|kind| kind.exclusion().is_none() == in_scope)
            .map(|kind| {
                let key = kind.as_str();
                view! {
                    <option value=key selected=move || value.get() == key>{kind.label(lang)}</option>
                }
            })
            .collect_view()
    };
    let exclusion = move || {
        let lang = lang.get();
        CaseKind::parse(&value.get())
            .and_then(CaseKind::exclusion)
            .map(|e| match lang {
                hgcs_domain::Lang::Vi => (e.reason_vi, e.refer_vi),
                hgcs_domain::Lang::En => (e.reason_en, e.refer_en),
            })
    };
    view! {
        <div class="field field-wide">
            <label for="case-kind">{tr(MediationText::Kind)}" *"</label>
            <select
                id="case-kind"
                name="case-kind"
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby="case-kind-note"
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>{tr(PlanText::Choose)}</option>
                <optgroup label=tr(MediationText::InScope)>{move || options(true)}</optgroup>
                <optgroup label=tr(MediationText::OutOfScope)>{move || options(false)}</optgroup>
            </select>
            <div id="case-kind-note">
                {move || exclusion().map(|(reason, refer)| view! {
                    <p class="field-hint kind-excluded" data-test="kind-excluded">
                        <strong>{tr(MediationText::OutOfScope)}</strong>": " {reason} ". → " {refer}
                    </p>
                })}
                {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            </div>
        </div>
    }
}
