use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Msg, tr};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main class="page page-narrow" id="main">
            <h1>{tr(Msg::NotFoundTitle)}</h1>
            <p>{tr(Msg::NotFoundText)}</p>
            <p>
                <A href="/">{tr(Msg::BackHome)}</A>
            </p>
        </main>
    }
}
