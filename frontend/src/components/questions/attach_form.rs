use hgcs_domain::api::questions::Question;
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FilePicker, FormFrame, Submit, SubmitButton, clear_files, evidence_to_send, local_error,
};
use crate::i18n::{RecordText, text};
use crate::state::use_lang;

/// Documents of the asking ward, stripped of names and addresses, added
/// while the question is open.
#[component]
pub fn AttachForm(question_id: i64, on_done: Callback<Question>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let input = NodeRef::<Input>::new();
    let form = Submit::new();

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let none = text(lang, RecordText::AttachFiles).to_owned();
        let picked = match evidence_to_send(lang, &input, Some(none)) {
            Ok(picked) => picked,
            Err(problem) => return form.reject(vec![local_error("files", problem)]),
        };
        form.send(
            async move { api.attach_question_files(question_id, &picked).await },
            move |question| {
                clear_files(&input);
                on_done.run(question);
            },
        );
    });

    view! {
        <FormFrame form=form id="attach-title" title=RecordText::AttachFiles on_submit=submit>
            <FilePicker
                id="question-files"
                label=RecordText::Attachments
                hint=RecordText::AttachHint
                input=input
                multiple=true
                form=form
                field="files"
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id="attach-files" label=RecordText::AttachFiles form=form plain=true />
        </FormFrame>
    }
}
