use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::Loaded;
use crate::format;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// The latest daily digest: what became due or overdue in the user's
/// scope, each line worded in the chosen language from its code.
#[component]
pub fn DigestCard() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let digests = LocalResource::new(move || async move { api.digests().await });
    view! {
        <Loaded resource=digests let:list>
            {list.into_iter().next().map(|digest| {
                let items = digest
                    .items
                    .into_iter()
                    .map(|item| view! { <li data-test="digest-item">{move || item.text(lang.get())}</li> })
                    .collect_view();
                view! {
                    <section class="card" aria-labelledby="digest-title" data-test="digest">
                        <h2 id="digest-title">{tr(PlanText::Digest)} " " {format::date(digest.day)}</h2>
                        <ul>{items}</ul>
                    </section>
                }
            })}
        </Loaded>
    }
}
