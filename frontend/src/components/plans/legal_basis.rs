use hgcs_domain::plan::DocumentRef;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// "Căn cứ …": the documents the plan implements.
#[component]
pub fn LegalBasis(documents: Vec<DocumentRef>) -> impl IntoView {
    let lang = use_lang();
    (!documents.is_empty()).then(|| {
        let items = documents
            .into_iter()
            .map(|doc| {
                let title = doc.title.clone().unwrap_or_default();
                view! {
                    <li data-test="legal-basis">
                        <span class="nowrap">{move || i18n::document(lang.get(), &doc)}</span>
                        {(!title.is_empty()).then(|| format!(" – {title}"))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="legal-basis">
                <h2 id="legal-basis">{tr(PlanText::LegalBasis)}</h2>
                <ul class="links">{items}</ul>
            </section>
        }
    })
}
