//! HGCS browser app: a client-side rendered Leptos SPA that talks to the
//! HGCS API on the same origin.

mod api;
mod app;
mod components;
mod format;
mod i18n;
mod pages;
mod state;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
