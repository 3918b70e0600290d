use hgcs_domain::Role;
use leptos::prelude::*;

use crate::i18n::{CommonText, tr};
use crate::state::use_app;

/// Shows its children to administrators only; others get a plain refusal.
#[component]
pub fn RequireAdmin(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let is_admin = move || {
        app.session
            .with(|session| session.user().is_some_and(|me| me.role == Role::Admin))
    };
    view! {
        <Show
            when=is_admin
            fallback=|| {
                view! {
                    <div class="banner banner-error" role="alert">
                        <p class="banner-title">{tr(CommonText::AdminOnly)}</p>
                    </div>
                }
            }
        >
            {children()}
        </Show>
    }
}
