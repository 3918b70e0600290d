use hgcs_domain::api::auth::EmailInput;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton, TextField};
use crate::i18n::{PlanText, tr};
use crate::state::{Session, use_app, use_lang};

/// The address the daily digest is e-mailed to (when the server sends
/// e-mail); left empty, no e-mail is sent.
#[component]
pub fn EmailForm() -> impl IntoView {
    let api = use_api();
    let app = use_app();
    let lang = use_lang();
    let current = app
        .session
        .get_untracked()
        .user()
        .and_then(|me| me.email.clone())
        .unwrap_or_default();
    let email = RwSignal::new(current);
    let saved = RwSignal::new(false);
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        saved.set(false);
        let typed = email.get_untracked();
        let input = EmailInput {
            email: (!typed.trim().is_empty()).then_some(typed),
        };
        let Some(checked) = form.valid(input.validate(), lang.get_untracked()) else {
            return;
        };
        let input = EmailInput { email: checked };
        // The session learns the new address without telling its readers
        // (that would draw the page again, this form included), so the
        // form shows it when the dashboard is next opened.
        form.send(async move { api.set_email(&input).await }, move |me| {
            app.session
                .update_untracked(|session| *session = Session::SignedIn(me));
            saved.set(true)
        });
    });
    view! {
        <FormFrame form=form id="email-form-title" title=PlanText::DigestEmail on_submit=submit>
            <p class="field-wide muted">{tr(PlanText::DigestEmailHint)}</p>
            <TextField id="digest-email" label=PlanText::DigestEmailAddress value=email input_type="email" autocomplete="email" error=form.field("email") />
            {move || saved.get().then(|| view! { <p class="field-wide" role="status" data-test="email-saved">{tr(PlanText::DigestEmailSaved)}</p> })}
            <SubmitButton id="save-email" label=PlanText::DigestEmailSave form=form plain=true />
        </FormFrame>
    }
}
