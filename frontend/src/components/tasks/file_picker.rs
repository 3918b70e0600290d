use leptos::html::Input;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
const ALLOWED: [&str; 6] = ["pdf", "docx", "xlsx", "png", "jpg", "jpeg"];

/// The files chosen in the input.
pub fn chosen_files(input: &NodeRef<Input>) -> Vec<web_sys::File> {
    let Some(list) = input.get_untracked().and_then(|input| input.files()) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Why a file cannot be sent, before sending it: too big or not a type the
/// server takes (it checks again, by content).
pub fn file_problem(lang: hgcs_domain::Lang, file: &web_sys::File) -> Option<String> {
    let name = file.name();
    let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_lowercase());
    if !extension.is_some_and(|ext| ALLOWED.contains(&ext.as_str())) {
        return Some(i18n::file_wrong_type(lang, &name));
    }
    (file.size() > MAX_FILE_BYTES).then(|| i18n::file_too_big(lang, &name))
}

/// Evidence files: several at once, listed with their sizes once chosen.
#[component]
pub fn FilePicker(
    input: NodeRef<Input>,
    /// Names and sizes of the chosen files; the form empties it after sending.
    chosen: RwSignal<Vec<(String, f64)>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let on_change = move |_| {
        chosen.set(
            chosen_files(&input)
                .iter()
                .map(|file| (file.name(), file.size()))
                .collect(),
        );
    };
    view! {
        <div class="field field-wide">
            <label for="update-files">{tr(PlanText::EvidenceFiles)}</label>
            <input
                id="update-files"
                name="files"
                type="file"
                multiple=true
                accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
                aria-describedby="update-files-hint"
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                node_ref=input
                on:change=on_change
            />
            <p class="field-hint" id="update-files-hint">{tr(PlanText::EvidenceHint)}</p>
            <ul class="links chosen-files">
                {move || chosen.get().into_iter().map(|(name, size)| view! {
                    <li>{name} <span class="muted">" (" {i18n::megabytes(lang.get(), size)} ")"</span></li>
                }).collect_view()}
            </ul>
            {move || error.get().map(|message| view! { <p class="field-error" id="update-files-error" role="alert">{message}</p> })}
        </div>
    }
}
