use hgcs_domain::api::plans::Evidence;
use leptos::prelude::*;

use crate::api::evidence_url;
use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// The files attached to a report, as plain download links: the session
/// cookie lets the browser fetch them.
#[component]
pub fn EvidenceLinks(files: Vec<Evidence>) -> impl IntoView {
    let lang = use_lang();
    (!files.is_empty()).then(|| {
        let links = files
            .into_iter()
            .map(|file| {
                let size = file.size_bytes as f64;
                let name = file.file_name.clone();
                view! {
                    <li>
                        <a href=evidence_url(file.id) download=name data-test="evidence-link">
                            {file.file_name}
                        </a>
                        <span class="muted">" (" {move || i18n::megabytes(lang.get(), size)} ")"</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="evidence">
                <p class="evidence-title">{tr(PlanText::EvidenceFiles)}</p>
                <ul class="links">{links}</ul>
            </div>
        }
    })
}
