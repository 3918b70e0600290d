use hgcs_domain::api::auth::Me;
use leptos::prelude::*;
use leptos_router::components::A;

use super::lang_switch::LangSwitch;
use super::user_box::UserBox;
use crate::i18n::{CommonText, tr};

#[component]
pub fn Header(me: Me) -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"HG"</span>
                <span class="brand-name">{tr(CommonText::AppName)}</span>
            </A>
            <div class="header-tools">
                <LangSwitch />
                <UserBox me=me />
            </div>
        </header>
    }
}
