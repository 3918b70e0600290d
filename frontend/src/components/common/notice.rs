use leptos::prelude::*;

/// A short success message, announced politely.
#[component]
pub fn Notice(#[prop(into)] message: Signal<String>) -> impl IntoView {
    view! {
        <div class="banner banner-ok" role="status" aria-live="polite">
            <p class="banner-title">{move || message.get()}</p>
        </div>
    }
}
