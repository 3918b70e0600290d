use hgcs_domain::api::auth::Me;
use hgcs_domain::api::library::{LibraryItem, LibraryItemInput, LibraryKind};
use hgcs_domain::validation::Checker;
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FilePicker, FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField,
    chosen_files, clear_files, file_problem, local_error,
};
use crate::format::parse_optional_date;
use crate::i18n::{CommonText, LibraryText, RecordText, kind_label, text};
use crate::state::use_lang;

/// A new library item of the user's city, written as a draft, with its
/// files.
#[component]
pub fn ItemForm(me: Me, on_created: Callback<LibraryItem>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let kind = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let issuer = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let issued_on = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let files = NodeRef::<Input>::new();
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        LibraryKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), kind_label(*k).get(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Ok(issued) = parse_optional_date(&issued_on.get_untracked()) else {
            form.reject(vec![local_error(
                "issued_on",
                text(lang, CommonText::DateInvalid),
            )]);
            return;
        };
        let Some(chosen) = LibraryKind::parse(&kind.get_untracked()) else {
            form.reject(vec![local_error(
                "kind",
                text(lang, LibraryText::ChooseKind),
            )]);
            return;
        };
        let input = LibraryItemInput {
            unit_id: me.unit.id,
            kind: chosen,
            title: title.get_untracked(),
            issuer: issuer.get_untracked(),
            number: number.get_untracked(),
            issued_on: issued,
            effective_on: None,
            summary: summary.get_untracked(),
            tags: tags.get_untracked().split(',').map(str::to_owned).collect(),
            link: link.get_untracked(),
            task_id: None,
            question_id: None,
        };
        let mut check = Checker::new();
        let input = input.check(&mut check);
        if !form.passes(check, lang) {
            return;
        }
        let picked = chosen_files(&files);
        if let Some(problem) = picked.iter().find_map(|file| file_problem(lang, file)) {
            form.reject(vec![local_error("files", problem)]);
            return;
        }
        form.send(
            async move {
                let item = api.create_library_item(&input).await?;
                if picked.is_empty() {
                    Ok(item)
                } else {
                    api.attach_library_files(item.id, &picked).await
                }
            },
            move |item| {
                title.set(String::new());
                summary.set(String::new());
                clear_files(&files);
                on_created.run(item);
            },
        );
    });
    view! {
        <FormFrame form=form id="item-form-title" title=LibraryText::NewItem on_submit=submit>
            <SelectField id="item-kind" label=LibraryText::Kind value=kind options=kinds empty=LibraryText::ChooseKind required=true error=form.field("kind") />
            <div class="field-wide">
                <TextField id="item-title" label=LibraryText::Title value=title required=true error=form.field("title") />
            </div>
            <TextField id="item-number" label=LibraryText::Number value=number error=form.field("number") />
            <TextField id="item-issuer" label=LibraryText::Issuer value=issuer error=form.field("issuer") />
            <DateField id="item-issued-on" label=LibraryText::IssuedOn value=issued_on />
            <TextArea id="item-summary" label=LibraryText::Summary value=summary error=form.field("summary") />
            <TextField id="item-tags" label=LibraryText::Tags value=tags error=form.field("tags") />
            <TextField id="item-link" label=LibraryText::Link value=link input_type="url" error=form.field("link") />
            <FilePicker
                id="item-files"
                label=RecordText::Attachments
                hint=RecordText::AttachHint
                input=files
                multiple=true
                form=form
                field="files"
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id="create-item" label=LibraryText::NewItem form=form />
        </FormFrame>
    }
}
