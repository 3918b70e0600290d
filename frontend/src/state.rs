//! Global state shared through context: the UI language and the session.

use hgcs_domain::api::auth::Me;
use hgcs_domain::{Lang, Role};
use leptos::prelude::*;

const LANG_KEY: &str = "hgcs.lang";

/// Whether someone is signed in, as far as the SPA knows.
#[derive(Debug, Clone, PartialEq)]
pub enum Session {
    /// Asking the server (GET /me) at start-up.
    Checking,
    SignedOut,
    SignedIn(Me),
}

impl Session {
    pub fn user(&self) -> Option<&Me> {
        match self {
            Session::SignedIn(me) => Some(me),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub session: RwSignal<Session>,
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            lang: RwSignal::new(stored_lang().unwrap_or_default()),
            session: RwSignal::new(Session::Checking),
        }
    }

    /// Switches the language and remembers the choice in localStorage.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if let Some(storage) = local_storage() {
            // A full or disabled storage only loses the preference.
            let _ = storage.set_item(LANG_KEY, lang.code());
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The current language, tracked: views using it re-render on a switch.
pub fn use_lang() -> Signal<Lang> {
    use_app().lang.into()
}

/// The signed-in user's role, tracked; `None` while signed out.
pub fn use_role() -> Signal<Option<Role>> {
    let app = use_app();
    Signal::derive(move || app.session.with(|session| session.user().map(|me| me.role)))
}

/// Whether the signed-in user holds one of `roles`.
pub fn has_role(roles: &'static [Role]) -> Signal<bool> {
    let role = use_role();
    Signal::derive(move || role.get().is_some_and(|role| roles.contains(&role)))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored_lang() -> Option<Lang> {
    let value = local_storage()?.get_item(LANG_KEY).ok().flatten()?;
    Lang::from_tag(&value)
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}
