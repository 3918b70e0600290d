use hgcs_domain::api::users::{PasswordReset, User};
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, TextField};
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
    let form = Submit::new();
    let target = StoredValue::new(user.clone());

    let submit = Callback::new(move |()| {
        let mut check = Checker::new();
        let value = password.get_untracked();
        check.password(
            "password",
            &value,
            &target.with_value(|user| user.username.clone()),
        );
        if !form.passes(check, lang.get_untracked()) {
            return;
        }
        let reset = PasswordReset { password: value };
        let user = target.get_value();
        form.send(
            async move { api.reset_password(user.id, &reset).await },
            move |()| on_done.run(user),
        );
    });

    view! {
        <FormFrame form=form id="reset-title" title=CommonText::ResetPassword subject=format!("{} ({})", user.display_name, user.username) class="form card" on_submit=submit>
            <TextField id="reset-password" label=CommonText::NewPassword value=password input_type="password" autocomplete="new-password" required=true error=form.field("password") />
            <div class="form-actions">
                <button id="reset-submit" type="submit" class="button button-primary" disabled=form.pending()>
                    {tr(CommonText::ResetPassword)}
                </button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
