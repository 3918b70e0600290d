use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::{Outlet, Redirect};
use leptos_router::hooks::use_location;

use super::header::Header;
use super::nav_menu::NavMenu;
use crate::components::common::Loading;
use crate::state::{Session, use_app};

/// The frame of every signed-in page. Someone not signed in is sent to
/// /login, which brings them back here afterwards.
#[component]
pub fn Shell() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    move || match app.session.get() {
        Session::Checking => view! { <main class="page"><Loading /></main> }.into_any(),
        Session::SignedOut => {
            let wanted = format!(
                "{}{}",
                location.pathname.get_untracked(),
                location.search.get_untracked()
            );
            let path = if wanted == "/" || wanted.starts_with("/login") {
                "/login".to_owned()
            } else {
                format!("/login?next={}", js_sys::encode_uri_component(&wanted))
            };
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            view! { <Redirect path=path options=options /> }.into_any()
        }
        Session::SignedIn(me) => {
            let role = me.role;
            view! {
                <a class="skip-link" href="#main">{crate::i18n::tr(crate::i18n::CommonText::SkipToContent)}</a>
                <Header me=me />
                <div class="frame">
                    <NavMenu role=role />
                    <main id="main" class="page" tabindex="-1">
                        <Outlet />
                    </main>
                </div>
            }
                .into_any()
        }
    }
}
