use hgcs_domain::CaseId;
use leptos::prelude::*;

use crate::api::record_docx_url;
use crate::i18n::{RecordText, tr};

/// The success record as a Word file, in the administrative format. A
/// plain link: the session cookie authenticates it; the server answers
/// 404 until the record has been saved.
#[component]
pub fn RecordDownload(case_id: CaseId) -> impl IntoView {
    view! {
        <p class="plan-action">
            <a
                class="button"
                data-test="record-docx"
                href=record_docx_url(case_id)
                download=format!("bien-ban-hoa-giai-thanh-{case_id}.docx")
                aria-describedby="record-docx-hint"
            >
                {tr(RecordText::DownloadRecord)}
            </a>
            " "
            <span class="field-hint" id="record-docx-hint">{tr(RecordText::DownloadRecordHint)}</span>
        </p>
    }
}
