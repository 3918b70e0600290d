use hgcs_domain::ErrorCode;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{CommonText, text};
use crate::state::use_lang;

/// A failed call, said in the user's language. `role="alert"` makes screen
/// readers announce it.
#[component]
pub fn ErrorBanner(error: ApiError) -> impl IntoView {
    let lang = use_lang();
    let detail = error.detail().map(str::to_owned);
    // A record not found says why that may be, never which reason holds
    // (the server does not confirm a record outside one's reach).
    let not_found = detail.is_none() && error.code() == Some(ErrorCode::NotFound);
    let message = move || error.message(lang.get());
    view! {
        <div class="banner banner-error" role="alert">
            <p class="banner-title">{message}</p>
            {detail.map(|detail| view! { <p class="banner-detail">{detail}</p> })}
            {not_found.then(|| view! {
                <p class="banner-detail">{move || text(lang.get(), CommonText::RecordNotFound)}</p>
            })}
        </div>
    }
}
