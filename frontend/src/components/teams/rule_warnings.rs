use hgcs_domain::mediation::TeamRule;
use leptos::prelude::*;

use crate::i18n::{MediationText, tr};
use crate::state::use_lang;

/// The law's composition rules a team fails now, in red; or a quiet
/// "meets the rules".
#[component]
pub fn RuleWarnings(rules: Vec<TeamRule>) -> impl IntoView {
    let lang = use_lang();
    if rules.is_empty() {
        return view! { <span class="rule-ok">{tr(MediationText::MeetsRules)}</span> }.into_any();
    }
    let items = rules
        .into_iter()
        .map(|rule| {
            view! {
                <li class="rule-warning" data-test="team-warning">
                    {move || rule.message(lang.get())}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="rule-warnings">{items}</ul> }.into_any()
}
