use hgcs_domain::api::plans::Evidence;
use leptos::prelude::*;

use crate::api::evidence_url;
use crate::i18n::{Pl, tr};
use crate::labels;
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
                        <span class="muted">" (" {move || labels::megabytes(lang.get(), size)} ")"</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="evidence">
                <p class="evidence-title">{tr(Pl::EvidenceFiles)}</p>
                <ul class="links">{links}</ul>
            </div>
        }
    })
}
