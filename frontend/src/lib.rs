//! HGCS browser app: a client-side rendered Leptos SPA that talks to the
//! HGCS API on the same origin. It is built as two programs from this
//! library: `hgcs-sign-in`, small, which opens the site and shows the
//! sign-in form, and `hgcs-frontend`, the whole app, which the first loads
//! once someone is signed in (see `sign_in`).

mod api;
mod app;
mod components;
mod format;
mod i18n;
mod pages;
mod sign_in;
mod state;

/// Mounts the whole app (the `hgcs-frontend` program).
pub fn start_app() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

/// Opens the site (the `hgcs-sign-in` program).
pub fn start_sign_in() {
    console_error_panic_hook::set_once();
    sign_in::start();
}
