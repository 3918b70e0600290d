use hgcs_domain::api::auth::LoginRequest;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

use crate::api::use_api;
use crate::components::common::{ErrorBanner, TextField};
use crate::components::layout::LangSwitch;
use crate::i18n::{CommonText, tr};
use crate::state::{Session, use_app};

fn replace() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        ..NavigateOptions::default()
    }
}

/// Only paths inside this app, so a crafted link cannot send a user away.
fn safe_next(next: Option<String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && path != "/login" => path,
        _ => "/".to_owned(),
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let app = use_app();
    let api = use_api();
    let query = use_query_map();
    let next = Memo::new(move |_| safe_next(query.read().get("next")));

    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());

    let login = Action::new_local(move |request: &LoginRequest| {
        let request = request.clone();
        async move {
            // Signing in flips the session, and the redirect below takes
            // the user on to where they were going.
            let response = api.login(&request).await?;
            app.session.set(Session::SignedIn(response.user));
            Ok::<(), crate::api::ApiError>(())
        }
    });
    let pending = login.pending();
    let error = move || login.value().get().and_then(Result::err);
    let field_error = move |field: &'static str| {
        Signal::derive(move || error().and_then(|e| e.field_message(field)))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        login.dispatch(LoginRequest {
            username: username.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        });
    };

    let signed_in = move || matches!(app.session.get(), Session::SignedIn(_));

    view! {
        <Show when=signed_in>
            <Redirect path=next.get_untracked() options=replace() />
        </Show>
        <div class="login-screen">
            <main class="login-card" id="main">
                <div class="login-top">
                    <span class="brand-mark" aria-hidden="true">"HG"</span>
                    <LangSwitch />
                </div>
                <h1>{tr(CommonText::AppName)}</h1>
                <p class="muted">{tr(CommonText::LoginIntro)}</p>
                {move || error().map(|error| view! { <ErrorBanner error=error /> })}
                <form class="form" on:submit=submit novalidate=true>
                    <TextField
                        id="username"
                        label=CommonText::Username
                        value=username
                        autocomplete="username"
                        required=true
                        error=field_error("username")
                    />
                    <TextField
                        id="password"
                        label=CommonText::Password
                        value=password
                        input_type="password"
                        autocomplete="current-password"
                        required=true
                        error=field_error("password")
                    />
                    <button
                        id="login-submit"
                        type="submit"
                        class="button button-primary button-wide"
                        disabled=move || pending.get()
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
