use hgcs_domain::api::units::Unit;
use hgcs_domain::api::users::{NewUser, User};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{OrganisationId, Role, UnitId};
use leptos::prelude::*;

use super::org_select::OrgSelect;
use super::role_select::RoleSelect;
use super::unit_select::UnitSelect;
use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton, TextField};
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

/// New account form. Checks the domain's rules first, then shows the
/// server's field errors next to each field.
#[component]
pub fn CreateUserForm(units: Vec<Unit>, on_created: Callback<User>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let username = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let form = Submit::new();
    let unit_id = Signal::derive(move || unit.get().parse::<i64>().ok().map(UnitId));

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let mut check = Checker::new();
        let name = check.username("username", &username.get_untracked());
        let display = check.text("display_name", &display_name.get_untracked(), 1, usize::MAX);
        check.password("password", &password.get_untracked(), &name);
        let chosen_role = Role::parse(&role.get_untracked());
        if chosen_role.is_none() {
            check.add("role", Rule::Required);
        }
        let chosen_unit = unit_id.get_untracked();
        if chosen_unit.is_none() {
            check.add("unit_id", Rule::Required);
        }
        let (Some(role), Some(unit_id)) = (chosen_role, chosen_unit) else {
            form.passes(check, lang);
            return;
        };
        if !form.passes(check, lang) {
            return;
        }
        let user = NewUser {
            username: name,
            display_name: display,
            password: password.get_untracked(),
            role,
            unit_id,
            organisation_id: organisation
                .get_untracked()
                .parse::<i64>()
                .ok()
                .map(OrganisationId),
        };
        form.send(
            async move { api.create_user(&user).await },
            move |created| {
                for field in [username, display_name, password] {
                    field.set(String::new());
                }
                on_created.run(created);
            },
        );
    });

    view! {
        <FormFrame form=form id="create-user-title" title=CommonText::CreateUser class="form form-grid" on_submit=submit>
            <TextField id="new-username" label=CommonText::Username value=username required=true error=form.field("username") />
            <TextField id="new-display-name" label=CommonText::DisplayName value=display_name required=true error=form.field("display_name") />
            <TextField id="new-password" label=CommonText::Password value=password input_type="password" autocomplete="new-password" required=true error=form.field("password") />
            <RoleSelect id="new-role" label=CommonText::Role value=role empty=CommonText::ChooseRole error=form.field("role") />
            <UnitSelect id="new-unit" units=units value=unit error=form.field("unit_id") />
            <OrgSelect id="new-organisation" unit=unit_id value=organisation error=form.field("organisation_id") />
            <p class="muted form-note">{tr(CommonText::PasswordRule)}</p>
            <SubmitButton id="create-user" label=CommonText::CreateUser form=form />
        </FormFrame>
    }
}
