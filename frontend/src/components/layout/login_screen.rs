use hgcs_domain::api::auth::{LoginRequest, Me};
use leptos::prelude::*;

use super::LangSwitch;
use crate::api::use_api;
use crate::components::common::{FormFailure, Submit, TextField};
use crate::i18n::{CommonText, tr};

/// The sign-in form on its own screen. The same component serves the
/// small sign-in program that opens the site and the app's `/login`
/// route; each decides what follows a sign-in (`on_signed_in`).
#[component]
pub fn LoginScreen(on_signed_in: Callback<Me>) -> impl IntoView {
    let api = use_api();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = Submit::new();
    let pending = form.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.start();
        let request = LoginRequest {
            username: username.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        form.send(async move { api.login(&request).await }, move |response| {
            on_signed_in.run(response.user)
        });
    };

    view! {
        <div class="login-screen">
            <main class="login-card" id="main">
                <div class="login-top">
                    <span class="brand-mark" aria-hidden="true">"HG"</span>
                    <LangSwitch />
                </div>
                <h1>{tr(CommonText::AppName)}</h1>
                <p class="muted">{tr(CommonText::LoginIntro)}</p>
                <FormFailure form=form />
                <form class="form" on:submit=submit novalidate=true>
                    <TextField
                        id="username"
                        label=CommonText::Username
                        value=username
                        autocomplete="username"
                        required=true
                        error=form.field("username")
                    />
                    <TextField
                        id="password"
                        label=CommonText::Password
                        value=password
                        input_type="password"
                        autocomplete="current-password"
                        required=true
                        error=form.field("password")
                    />
                    <button
                        id="login-submit"
                        type="submit"
                        class="button button-primary button-wide"
                        disabled=pending
                        aria-busy=move || if pending.get() { "true" } else { "false" }
                    >
                        {move || {
                            if pending.get() { tr(CommonText::SigningIn)() } else { tr(CommonText::SignIn)() }
                        }}
                    </button>
                </form>
            </main>
        </div>
    }
}
