use hgcs_domain::Role;
use hgcs_domain::api::imports::ImportPreview;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::imports::{ImportColumns, ImportCommit, ImportPreviewTable, ImportUpload};
use crate::i18n::{CommonText, MediationText, RecordText, tr};
use crate::state::has_role;

/// The ward's existing register (Excel or CSV) brought in at once: upload,
/// check every row, confirm, then watch it being written.
#[component]
pub fn TeamImportPage() -> impl IntoView {
    let is_ward = has_role(&[Role::WardOfficial]);
    let preview = RwSignal::new(None::<ImportPreview>);
    let on_preview = Callback::new(move |checked: ImportPreview| preview.set(Some(checked)));
    let on_again = Callback::new(move |()| preview.set(None));
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/teams">{tr(MediationText::NavTeams)}</A></li>
                <li aria-current="page">{tr(RecordText::ImportLink)}</li>
            </ol>
        </nav>
        <h1>{tr(RecordText::ImportTitle)}</h1>
        <Show
            when=move || is_ward.get()
            fallback=|| view! { <p class="empty">{tr(RecordText::WardOnly)}</p> }
        >
            {move || match preview.get() {
                None => view! {
                    <ImportColumns />
                    <ImportUpload on_preview=on_preview />
                }
                .into_any(),
                Some(checked) => view! {
                    <ImportCommit preview=checked.clone() on_again=on_again />
                    <ImportPreviewTable preview=checked />
                }
                .into_any(),
            }}
        </Show>
    }
}
