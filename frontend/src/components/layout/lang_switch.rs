use hgcs_domain::Lang;
use leptos::prelude::*;

use crate::i18n::{CommonText, tr};
use crate::state::use_app;

/// VI / EN buttons; the pressed one is the current language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let pressed = move |lang: Lang| {
        move || {
            if app.lang.get() == lang {
                "true"
            } else {
                "false"
            }
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(CommonText::Language)>
            <button
                id="lang-vi"
                type="button"
                lang="vi"
                title="Tiếng Việt"
                aria-pressed=pressed(Lang::Vi)
                on:click=move |_| app.set_lang(Lang::Vi)
            >
                "VI"
            </button>
            <button
                id="lang-en"
                type="button"
                lang="en"
                title="English"
                aria-pressed=pressed(Lang::En)
                on:click=move |_| app.set_lang(Lang::En)
            >
                "EN"
            </button>
        </div>
    }
}
