use hgcs_domain::api::auth::Me;
use hgcs_domain::api::library::{LibraryItem, LibraryItemInput, LibraryKind};
use hgcs_domain::validation::Checker;
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FilePicker, FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField,
    clear_files, evidence_to_send, local_error,
};
use crate::format::parse_optional_date;
use crate::i18n::{CommonText, LibraryText, RecordText, kind_label, text, tr};
use crate::state::use_lang;

/// A new library item of the user's city, written as a draft, or `item`
/// rewritten (in any state), with files to add.
#[component]
pub fn ItemForm(
    me: Me,
    item: Option<LibraryItem>,
    on_saved: Callback<LibraryItem>,
    /// Shown while editing: leaves the item as it was.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let editing = item.as_ref().map(|i| (i.id, i.version));
    let unit_id = item.as_ref().map_or(me.unit.id, |i| i.unit.id);
    let field = |value: Option<String>| RwSignal::new(value.unwrap_or_default());
    let api = use_api();
    let lang = use_lang();
    let kind = field(item.as_ref().map(|i| i.kind.as_str().to_owned()));
    let title = field(item.as_ref().map(|i| i.title.clone()));
    let issuer = field(item.as_ref().map(|i| i.issuer.clone()));
    let number = field(item.as_ref().map(|i| i.number.clone()));
    let issued_on = field(
        item.as_ref()
            .and_then(|i| i.issued_on)
            .map(crate::format::date),
    );
    let summary = field(item.as_ref().map(|i| i.summary.clone()));
    let tags = field(item.as_ref().map(|i| i.tags.join(", ")));
    let link = field(item.as_ref().map(|i| i.link.clone()));
    let files = NodeRef::<Input>::new();
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        LibraryKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), kind_label(*k).get(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let (heading, action) = if editing.is_some() {
        (LibraryText::EditItem, LibraryText::SaveItem)
    } else {
        (LibraryText::NewItem, LibraryText::NewItem)
    };
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
            unit_id,
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
        let picked = match evidence_to_send(lang, &files, None) {
            Ok(picked) => picked,
            Err(problem) => return form.reject(vec![local_error("files", problem)]),
        };
        form.send(
            async move {
                let item = match editing {
                    Some((id, version)) => api.update_library_item(id, version, &input).await?,
                    None => api.create_library_item(&input).await?,
                };
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
                on_saved.run(item);
            },
        );
    });
    view! {
        <FormFrame form=form id="item-form-title" title=heading reveal=editing.is_some() on_submit=submit>
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
            <SubmitButton id="create-item" label=action form=form />
            {editing.map(|_| view! {
                <button type="button" class="button" data-test="cancel-edit"
                    on:click=move |_| on_cancel.run(())>
                    {tr(LibraryText::Cancel)}
                </button>
            })}
        </FormFrame>
    }
}
