use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

use crate::components::layout::LoginScreen;
use crate::state::{Session, use_app};

fn replace() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        ..NavigateOptions::default()
    }
}

/// Only paths inside this app, so a crafted link cannot send a user away.
pub fn safe_next(next: Option<String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && path != "/login" => path,
        _ => "/".to_owned(),
    }
}

/// `/login` inside the app (after signing out); the site itself opens on
/// the small sign-in program (`crate::sign_in`), which shows the same form.
#[component]
pub fn LoginPage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let next = Memo::new(move |_| safe_next(query.read().get("next")));
    // Signing in flips the session, and the redirect below takes the user
    // on to where they were going.
    let on_signed_in = Callback::new(move |me| app.session.set(Session::SignedIn(me)));
    let signed_in = move || matches!(app.session.get(), Session::SignedIn(_));

    view! {
        <Show when=signed_in>
            <Redirect path=next.get_untracked() options=replace() />
        </Show>
        <LoginScreen on_signed_in=on_signed_in />
    }
}
