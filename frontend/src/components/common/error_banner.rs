use leptos::prelude::*;

use crate::api::ApiError;
use crate::state::use_lang;

/// A failed call, said in the user's language. `role="alert"` makes screen
/// readers announce it.
#[component]
pub fn ErrorBanner(error: ApiError) -> impl IntoView {
    let lang = use_lang();
    let detail = error.detail().map(str::to_owned);
    let message = move || error.message(lang.get());
    view! {
        <div class="banner banner-error" role="alert">
            <p class="banner-title">{message}</p>
            {detail.map(|detail| view! { <p class="banner-detail">{detail}</p> })}
        </div>
    }
}
