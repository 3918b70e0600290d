use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::Team;
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use super::member_fields::MemberFields;
use super::member_inputs::MemberInputs;
use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton};
use crate::format;
use crate::i18n::MediationText;
use crate::state::use_lang;

/// Adds one elected mediator to an existing team.
#[component]
pub fn MemberForm(team_id: TeamId, on_added: Callback<(Team, String)>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let inputs = MemberInputs::new(0);
    let form = Submit::new();

    let submit = Callback::new(move |()| {
        let input = match inputs.read(lang.get_untracked(), "mediator") {
            Ok(input) => input,
            Err(found) => {
                form.reject(found);
                return;
            }
        };
        let mut check = Checker::new();
        let input = input.check(&mut check, "mediator", format::today());
        if !form.passes(check, lang.get_untracked()) {
            return;
        }
        let name = input.full_name.clone();
        form.send(
            async move { api.add_member(team_id, &input).await },
            move |team| {
                inputs.clear();
                on_added.run((team, name));
            },
        );
    });

    view! {
        <FormFrame form=form id="member-form-title" title=MediationText::AddMember class="form form-grid" on_submit=submit>
            <MemberFields prefix="new-member" field="mediator" inputs=inputs form=form />
            <SubmitButton id="add-member" label=MediationText::AddMember form=form />
        </FormFrame>
    }
}
