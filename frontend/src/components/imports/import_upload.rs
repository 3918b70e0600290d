use hgcs_domain::api::imports::ImportPreview;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{SheetForm, Submit};
use crate::i18n::RecordText;

/// One register file, sent to be read and checked.
#[component]
pub fn ImportUpload(on_preview: Callback<ImportPreview>) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let on_file = Callback::new(move |file: web_sys::File| {
        form.send(
            async move { api.upload_import(&file).await },
            move |preview| on_preview.run(preview),
        );
    });
    view! {
        <SheetForm form=form id="import-upload" title=RecordText::ImportFile
            file_id="import-file" label=RecordText::ImportFile hint=RecordText::ImportFileHint
            button_id="upload-import" button=RecordText::Upload on_file=on_file />
    }
}
