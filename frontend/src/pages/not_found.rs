use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, tr};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main class="page page-narrow" id="main">
            <h1>{tr(CommonText::NotFoundTitle)}</h1>
            <p>{tr(CommonText::NotFoundText)}</p>
            <p>
                <A href="/">{tr(CommonText::BackHome)}</A>
            </p>
        </main>
    }
}
