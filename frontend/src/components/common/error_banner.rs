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
    let detail = match detail {
        Some(detail) => Some(Signal::derive(move || detail.clone())),
        None if error.code() == Some(ErrorCode::NotFound) => Some(Signal::derive(move || {
            text(lang.get(), CommonText::RecordNotFound).to_owned()
        })),
        None => None,
    };
    let message = move || error.message(lang.get());
    view! {
        <div class="banner banner-error" role="alert">
            <p class="banner-title">{message}</p>
            {detail.map(|detail| view! { <p class="banner-detail">{detail}</p> })}
        </div>
    }
}
