use hgcs_domain::api::units::Unit;
use hgcs_domain::api::users::{NewUser, User};
use hgcs_domain::validation::{Checker, FieldError, Rule};
use hgcs_domain::{OrganisationId, Role, UnitId};
use leptos::prelude::*;

use super::field_message;
use super::org_select::OrgSelect;
use super::role_select::RoleSelect;
use super::unit_select::UnitSelect;
use crate::api::{ApiError, use_api};
use crate::components::common::{ErrorBanner, TextField};
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
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let unit_id = Signal::derive(move || unit.get().parse::<i64>().ok().map(UnitId));

    let create = Action::new_local(move |user: &NewUser| {
        let user = user.clone();
        async move {
            match api.create_user(&user).await {
                Ok(created) => {
                    for field in [username, display_name, password] {
                        field.set(String::new());
                    }
                    on_created.run(created);
                }
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        }
    });
    let pending = create.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
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
            errors.set(violations(check, lang));
            return;
        };
        if !check.is_empty() {
            errors.set(violations(check, lang));
            return;
        }
        errors.set(Vec::new());
        create.dispatch(NewUser {
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
        });
    };

    view! {
        <form class="form form-grid" on:submit=submit novalidate=true aria-labelledby="create-user-title">
            <h2 id="create-user-title" class="form-title">{tr(CommonText::CreateUser)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <TextField id="new-username" label=CommonText::Username value=username required=true error=field_message(errors, "username") />
            <TextField id="new-display-name" label=CommonText::DisplayName value=display_name required=true error=field_message(errors, "display_name") />
            <TextField id="new-password" label=CommonText::Password value=password input_type="password" autocomplete="new-password" required=true error=field_message(errors, "password") />
            <RoleSelect id="new-role" label=CommonText::Role value=role empty=CommonText::ChooseRole error=field_message(errors, "role") />
            <UnitSelect id="new-unit" units=units value=unit error=field_message(errors, "unit_id") />
            <OrgSelect id="new-organisation" unit=unit_id value=organisation error=field_message(errors, "organisation_id") />
            <p class="muted form-note">{tr(CommonText::PasswordRule)}</p>
            <div class="form-actions">
                <button id="create-user" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(CommonText::CreateUser)}
                </button>
            </div>
        </form>
    }
}

fn violations(check: Checker, lang: hgcs_domain::Lang) -> Vec<FieldError> {
    check
        .finish()
        .err()
        .unwrap_or_default()
        .iter()
        .map(|violation| violation.to_field_error(lang))
        .collect()
}
