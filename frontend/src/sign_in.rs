//! The first screen on its own. The site opens on this small program: it
//! asks the server who is signed in; someone who is gets the whole app
//! (`hgcs-frontend`, loaded by `hgcsOpenApp` in index.html) at once, anyone
//! else the sign-in form — the same `LoginScreen` as the app's `/login` —
//! and the app once they have signed in. The app's files are fetched in
//! the background while the form is shown, so signing in is quick too.

use hgcs_domain::api::auth::Me;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use crate::api::Api;
use crate::app::is_app_path;
use crate::components::layout::LoginScreen;
use crate::pages::safe_next;
use crate::state::{AppState, set_document_lang};

/// Where the sign-in form is mounted, removed once the app has started.
const ROOT_ID: &str = "sign-in";

pub fn start() {
    // Tasks run before anything is mounted (mounting would do this).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let state = AppState::new();
    set_document_lang(state.lang.get_untracked());
    let api = Api::new(state);
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();

    if path == "/login" {
        // The form at once; a signed-in user is taken on when /me answers.
        let next = safe_next(query_value(&search, "next"));
        show_form(state, next.clone());
        spawn_local(async move {
            if api.me().await.is_ok() {
                open_app(Some(&next));
            }
        });
        return;
    }
    spawn_local(async move {
        match api.me().await {
            Ok(_) => open_app(None),
            // The app's pages ask to sign in first and come back after,
            // as the app's own frame does.
            Err(_) if is_app_path(&path) => {
                let wanted = format!("{path}{search}");
                let login = if wanted == "/" {
                    "/login".to_owned()
                } else {
                    format!("/login?next={}", js_sys::encode_uri_component(&wanted))
                };
                replace_url(&login);
                show_form(state, wanted);
            }
            // Any other address: the app says it has no such page.
            Err(_) => open_app(None),
        }
    });
}

/// The sign-in form, with the app's state and language, in its own root.
fn show_form(state: AppState, next: String) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(root), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    root.set_id(ROOT_ID);
    if body.append_child(&root).is_err() {
        return;
    }
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root, move || {
        provide_context(state);
        Effect::new(move |_| set_document_lang(state.lang.get()));
        let next = next.clone();
        let on_signed_in = Callback::new(move |_: Me| open_app(Some(&next)));
        view! { <LoginScreen on_signed_in=on_signed_in /> }
    })
    .forget();
    call_page_function("hgcsPrefetchApp");
}

/// Hands over to the whole app, at `next` when given; the app mounts
/// itself, removes the sign-in form and routes from the address.
fn open_app(next: Option<&str>) {
    if let Some(next) = next {
        replace_url(next);
    }
    call_page_function("hgcsOpenApp");
}

fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Without history the form still works; only the address is off.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Calls one of the functions index.html defines for loading the app.
fn call_page_function(name: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let function = js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok());
    if let Some(function) = function {
        let _ = function.call0(&JsValue::NULL);
    }
}

/// One value of a query string (`?next=%2Fcases`), decoded.
fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .and_then(|(_, value)| js_sys::decode_uri_component(value).ok())
        .and_then(|value| value.as_string())
}
