use hgcs_domain::api::users::{PasswordReset, User};
use hgcs_domain::validation::{Checker, FieldError};
use leptos::prelude::*;

use super::field_message;
use crate::api::{ApiError, use_api};
use crate::components::common::{ErrorBanner, TextField};
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

/// Sets a new password for one user.
#[component]
pub fn ResetPasswordForm(
    user: User,
    on_done: Callback<User>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let target = StoredValue::new(user.clone());

    let reset = Action::new_local(move |password: &String| {
        let reset = PasswordReset {
            password: password.clone(),
        };
        let user = target.get_value();
        async move {
            match api.reset_password(user.id, &reset).await {
                Ok(()) => on_done.run(user),
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        }
    });
    let pending = reset.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let mut check = Checker::new();
        let value = password.get_untracked();
        check.password(
            "password",
            &value,
            &target.with_value(|user| user.username.clone()),
        );
        match check.finish() {
            Ok(()) => {
                errors.set(Vec::new());
                reset.dispatch(value);
            }
            Err(found) => {
                let lang = lang.get_untracked();
                errors.set(found.iter().map(|v| v.to_field_error(lang)).collect());
            }
        }
    };

    view! {
        <form class="form card" on:submit=submit novalidate=true aria-labelledby="reset-title">
            <h2 id="reset-title" class="form-title">
                {tr(CommonText::ResetPassword)} ": " {user.display_name} " (" {user.username} ")"
            </h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <TextField id="reset-password" label=CommonText::NewPassword value=password input_type="password" autocomplete="new-password" required=true error=field_message(errors, "password") />
            <div class="form-actions">
                <button id="reset-submit" type="submit" class="button button-primary" disabled=move || pending.get()>
                    {tr(CommonText::ResetPassword)}
                </button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </form>
    }
}
