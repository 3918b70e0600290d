use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::SuccessRecord;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::use_api;
use crate::components::common::{FormFailure, FormFrame, Notice, Submit, SubmitButton, TextArea};
use crate::i18n::{RecordText, text, tr};
use crate::state::use_lang;

/// The eight parts of the record, in the order of Điều 24, each with the
/// name of its JSON field (which is also how the server names errors).
const PARTS: [(&str, RecordText); 8] = [
    ("basis", RecordText::RecordBasis),
    ("parties", RecordText::RecordParties),
    ("content", RecordText::RecordContent),
    ("process", RecordText::RecordProcess),
    ("agreement", RecordText::RecordAgreement),
    ("rights_duties", RecordText::RecordRights),
    ("method_deadline", RecordText::RecordMethod),
    ("signatures", RecordText::RecordSignatures),
];

/// What the case already says, to start the record from: the parties,
/// the matter, the agreement.
fn first_draft(case: &Case) -> SuccessRecord {
    let parties = case
        .parties
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|party| {
            if party.address.trim().is_empty() {
                party.name.clone()
            } else {
                format!("{} – {}", party.name, party.address)
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    SuccessRecord {
        parties,
        content: case.summary.clone().unwrap_or_default(),
        agreement: case.outcome.clone().unwrap_or_default(),
        ..SuccessRecord::default()
    }
}

fn part_of(record: &SuccessRecord, field: &str) -> String {
    match field {
        "basis" => &record.basis,
        "parties" => &record.parties,
        "content" => &record.content,
        "process" => &record.process,
        "agreement" => &record.agreement,
        "rights_duties" => &record.rights_duties,
        "method_deadline" => &record.method_deadline,
        _ => &record.signatures,
    }
    .clone()
}

/// The written record of a successful mediation (biên bản hòa giải thành).
/// It starts from the last save, or from what the case holds.
#[component]
pub fn RecordForm(case: Case) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let case_id = case.id;
    // The case's version as loaded; each save moves it on.
    let version = RwSignal::new(case.version);
    let draft = first_draft(&case);
    let values: [RwSignal<String>; 8] =
        PARTS.map(|(field, _)| RwSignal::new(part_of(&draft, field)));
    let form = Submit::new();
    let saved = RwSignal::new(false);
    if case.has_record {
        // Continue from the last save rather than from the case's data.
        spawn_local(async move {
            if let Ok(record) = api.record(case_id).await {
                for ((field, _), value) in PARTS.iter().zip(values) {
                    value.set(part_of(&record, field));
                }
            }
        });
    }

    let submit = Callback::new(move |()| {
        saved.set(false);
        let [
            basis,
            parties,
            content,
            process,
            agreement,
            rights_duties,
            method_deadline,
            signatures,
        ] = values.map(|value| value.get_untracked().trim().to_owned());
        let record = SuccessRecord {
            basis,
            parties,
            content,
            process,
            agreement,
            rights_duties,
            method_deadline,
            signatures,
        };
        let loaded = version.get_untracked();
        form.send(
            async move { api.save_record(case_id, loaded, &record).await },
            move |(_, new_version): (SuccessRecord, Option<i32>)| {
                if let Some(new_version) = new_version {
                    version.set(new_version);
                }
                saved.set(true);
            },
        );
    });

    let fields = PARTS
        .iter()
        .zip(values)
        .map(|((field, label), value)| {
            view! {
                <TextArea
                    id=format!("record-{field}")
                    label=*label
                    value=value
                    rows=3
                    error=form.field(*field)
                />
            }
        })
        .collect_view();

    view! {
        <FormFrame form=form id="record-title" title=RecordText::RecordTitle own_failure=true on_submit=submit>
            <p class="field-hint field-wide">{tr(RecordText::RecordHint)}</p>
            <FormFailure form=form />
            {fields}
            <Show when=move || saved.get()>
                <div class="field-wide">
                    <Notice message=Signal::derive(move || text(lang.get(), RecordText::RecordSaved).to_owned()) />
                </div>
            </Show>
            <SubmitButton id="save-record" label=RecordText::SaveRecord form=form />
        </FormFrame>
    }
}
