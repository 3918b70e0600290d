use hgcs_domain::api::units::UnitLink;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{self, CommonText, tr};
use crate::state::use_lang;

/// Reorganisations: "Sáp nhập vào Phường Thái Bình từ 01/07/2025".
#[component]
pub fn UnitLinks(predecessors: Vec<UnitLink>, successors: Vec<UnitLink>) -> impl IntoView {
    if predecessors.is_empty() && successors.is_empty() {
        return view! { <p class="empty">{tr(CommonText::NoReorganisation)}</p> }.into_any();
    }
    let items = successors
        .into_iter()
        .map(|link| (true, link))
        .chain(predecessors.into_iter().map(|link| (false, link)))
        .map(|(successor, link)| view! { <LinkItem successor=successor link=link /> })
        .collect_view();
    view! { <ul class="links" data-test="unit-links">{items}</ul> }.into_any()
}

#[component]
fn LinkItem(successor: bool, link: UnitLink) -> impl IntoView {
    let lang = use_lang();
    let day = format::date(link.effective_on);
    let (before, after) = {
        let day = day.clone();
        (
            move || i18n::link_before(lang.get(), successor),
            move || i18n::link_after(lang.get(), &day),
        )
    };
    let basis = (!link.basis.is_empty())
        .then(|| view! { <span class="muted">" (" {link.basis} ")"</span> });
    view! {
        <li data-test=if successor { "successor" } else { "predecessor" }>
            {before}
            <A href=format!("/units/{}", link.unit.id)>{link.unit.name}</A>
            {after}
            {basis}
        </li>
    }
}
