use leptos::html::Input;
use leptos::prelude::*;

use super::Submit;
use crate::api::ApiError;
use crate::i18n::{self, Label, tr};
use crate::state::use_lang;

pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
const EVIDENCE: [&str; 6] = ["pdf", "docx", "xlsx", "png", "jpg", "jpeg"];
/// What the evidence inputs offer in the browser's file dialog.
pub const EVIDENCE_ACCEPT: &str = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

/// The files chosen in the input.
pub fn chosen_files(input: &NodeRef<Input>) -> Vec<web_sys::File> {
    let Some(list) = input.get_untracked().and_then(|input| input.files()) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Empties the input once its files are sent.
pub fn clear_files(input: &NodeRef<Input>) {
    if let Some(input) = input.get_untracked() {
        input.set_value("");
    }
}

/// Why an evidence file cannot be sent, before sending it: too big or not
/// a type the server takes (it checks again, by content).
fn file_problem(lang: hgcs_domain::Lang, file: &web_sys::File) -> Option<String> {
    let name = file.name();
    let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_lowercase());
    if !extension.is_some_and(|ext| EVIDENCE.contains(&ext.as_str())) {
        return Some(i18n::file_wrong_type(lang, &name));
    }
    too_big(lang, file)
}

/// The evidence files chosen in the input, or why they cannot be sent: one
/// too big or of a type the server does not take or, when `none` says what
/// to tell, none chosen at all.
pub fn evidence_to_send(
    lang: hgcs_domain::Lang,
    input: &NodeRef<Input>,
    none: Option<String>,
) -> Result<Vec<web_sys::File>, String> {
    let picked = chosen_files(input);
    if picked.is_empty()
        && let Some(none) = none
    {
        return Err(none);
    }
    match picked.iter().find_map(|file| file_problem(lang, file)) {
        Some(problem) => Err(problem),
        None => Ok(picked),
    }
}

/// What the spreadsheet inputs (registers, attendance sheets) offer.
pub const SHEET_ACCEPT: &str =
    ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/// Why a file cannot be a spreadsheet the server reads, before sending it.
pub fn sheet_problem(lang: hgcs_domain::Lang, file: &web_sys::File) -> Option<String> {
    let name = file.name().to_lowercase();
    if !(name.ends_with(".xlsx") || name.ends_with(".csv")) {
        return Some(i18n::text(lang, i18n::RecordText::WrongImportType).to_owned());
    }
    too_big(lang, file)
}

/// Why a file is too big to send, if it is.
pub fn too_big(lang: hgcs_domain::Lang, file: &web_sys::File) -> Option<String> {
    (file.size() > MAX_FILE_BYTES).then(|| i18n::file_too_big(lang, &file.name()))
}

/// The one file input: labelled, with its hint and its error under it and,
/// when `chosen` is given, the chosen files listed with their sizes.
#[component]
pub fn FilePicker(
    id: &'static str,
    #[prop(into)] label: Label,
    #[prop(into)] hint: Label,
    input: NodeRef<Input>,
    #[prop(default = EVIDENCE_ACCEPT)] accept: &'static str,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] required: bool,
    /// Names and sizes of the chosen files; the form empties it after sending.
    #[prop(optional)]
    chosen: Option<RwSignal<Vec<(String, f64)>>>,
    /// The form the files go with; its errors on `field` show here.
    form: Submit,
    field: &'static str,
    /// What of a failed send to say here too (a file the server refused).
    refusal: fn(&ApiError, hgcs_domain::Lang) -> Option<String>,
    /// Said to screen readers as soon as it shows.
    #[prop(optional)]
    alert: bool,
) -> impl IntoView {
    let lang = use_lang();
    let refused = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let lang = lang.get();
        refused.set(form.failure().and_then(|error| refusal(&error, lang)));
    });
    let error = Signal::derive(move || form.field(field).get().or_else(|| refused.get()));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let changed = move |_| {
        if let Some(chosen) = chosen {
            chosen.set(
                chosen_files(&input)
                    .iter()
                    .map(|file| (file.name(), file.size()))
                    .collect(),
            );
        }
        // Other files: what was said about the last ones no longer holds.
        form.reject(Vec::new());
        refused.set(None);
    };
    view! {
        <div class="field field-wide">
            <label for=id>{tr(label)}{required.then_some(" *")}</label>
            <input
                id=id
                name=if multiple { "files" } else { "file" }
                type="file"
                multiple=multiple
                accept=accept
                aria-describedby=hint_id.clone()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                node_ref=input
                on:change=changed
            />
            <p class="field-hint" id=hint_id>{tr(hint)}</p>
            {chosen.map(|chosen| view! {
                <ul class="links chosen-files">
                    {move || chosen.get().into_iter().map(|(name, size)| view! {
                        <li>{name} <span class="muted">" (" {move || i18n::megabytes(lang.get(), size)} ")"</span></li>
                    }).collect_view()}
                </ul>
            })}
            {move || error.get().map(|message| {
                let id = error_id.clone();
                if alert {
                    view! { <p class="field-error" id=id role="alert">{message}</p> }.into_any()
                } else {
                    view! { <p class="field-error" id=id>{message}</p> }.into_any()
                }
            })}
        </div>
    }
}
