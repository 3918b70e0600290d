use hgcs_domain::api::auth::Me;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::i18n::{CommonText, tr};
use crate::state::{Session, use_app, use_lang};

/// Who is signed in, and the way out.
#[component]
pub fn UserBox(me: Me) -> impl IntoView {
    let app = use_app();
    let api = use_api();
    let lang = use_lang();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let role = me.role;
    let logout = move |_| {
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            // Even if the server cannot be reached, forget the session here.
            let _ = api.logout().await;
            navigate("/login", NavigateOptions::default());
            app.session.set(Session::SignedOut);
        });
    };
    view! {
        <div class="user-box">
            <span class="user-name" data-test="current-user">{me.display_name}</span>
            <span class="user-role">{move || role.label(lang.get())}</span>
            <button
                id="logout"
                type="button"
                class="button button-quiet"
                disabled=move || busy.get()
                on:click=logout
            >
                {tr(CommonText::Logout)}
            </button>
        </div>
    }
}
