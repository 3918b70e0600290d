use hgcs_domain::api::plans::{Task, TaskUpdateInput};
use hgcs_domain::plan::TaskStatus;
use hgcs_domain::{ErrorCode, TaskId};
use leptos::html::Input;
use leptos::prelude::*;

use super::figure_rows::{FigureRow, FigureRows, read_figures};
use crate::api::{ApiError, use_api};
use crate::components::common::{
    DateField, FilePicker, FormFrame, SelectField, Submit, TextArea, TextField, clear_files,
    evidence_to_send, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, text, tr};
use crate::state::use_lang;

/// A progress report with figures and evidence files, sent as one
/// multipart request. Checks what it can before sending; the server's
/// field errors and file refusals show next to the fields.
#[component]
pub fn UpdateForm(task: Task, on_posted: Callback<()>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let task_id: TaskId = task.id;
    let body = RwSignal::new(String::new());
    let day = RwSignal::new(format::date(format::today()));
    let status = RwSignal::new(task.status.as_str().to_owned());
    let progress = RwSignal::new(task.progress.to_string());
    let figures = RwSignal::new(Vec::<FigureRow>::new());
    let files = NodeRef::<Input>::new();
    let chosen = RwSignal::new(Vec::<(String, f64)>::new());
    let form = Submit::new();
    // What is being sent, said while it is.
    let sending = RwSignal::new(String::new());
    let statuses = Signal::derive(move || {
        let lang = lang.get();
        TaskStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let submit = Callback::new(move |()| {
        if form.is_pending() {
            return;
        }
        form.start();
        let lang = lang.get_untracked();
        let mut found = Vec::new();
        let text_body = body.get_untracked().trim().to_owned();
        if text_body.is_empty() {
            found.push(local_error("body", text(lang, PlanText::Required)));
        }
        let reported_on = parse_date(&day.get_untracked());
        if reported_on.is_none() {
            found.push(local_error(
                "reported_on",
                text(lang, CommonText::DateInvalid),
            ));
        }
        let percent = progress
            .get_untracked()
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|p| (0..=100).contains(p));
        if percent.is_none() {
            found.push(local_error(
                "progress",
                text(lang, PlanText::ProgressInvalid),
            ));
        }
        let rows = figures.get_untracked();
        let figure_list = read_figures(&rows);
        if figure_list.is_err() {
            found.push(local_error("figures", text(lang, PlanText::Required)));
        }
        let picked = evidence_to_send(lang, &files, None).unwrap_or_else(|problem| {
            found.push(local_error("files", problem));
            Vec::new()
        });
        let (Some(reported_on), Some(percent), Ok(figure_list), Some(new_status), true) = (
            reported_on,
            percent,
            figure_list,
            TaskStatus::parse(&status.get_untracked()),
            found.is_empty(),
        ) else {
            form.reject(found);
            return;
        };
        let input = TaskUpdateInput {
            reported_on,
            body: text_body,
            figures: figure_list,
            status: new_status,
            progress: percent,
        };
        let bytes: f64 = picked.iter().map(|file| file.size()).sum();
        sending.set(i18n::uploading(lang, picked.len(), bytes));
        form.send(
            async move { api.post_update(task_id, &input, &picked).await },
            move |_| {
                body.set(String::new());
                figures.set(Vec::new());
                chosen.set(Vec::new());
                clear_files(&files);
                on_posted.run(());
            },
        );
    });

    view! {
        <FormFrame form=form id="new-update-title" title=PlanText::NewUpdate on_submit=submit>
            <TextArea id="update-body" label=PlanText::UpdateBody value=body required=true error=form.field("body") />
            <DateField id="update-date" label=PlanText::ReportedOn value=day />
            <SelectField id="update-status" label=CommonText::Status value=status options=statuses error=form.field("status") />
            <TextField id="update-progress" label=PlanText::ProgressPercent value=progress input_type="number" error=form.field("progress") />
            {move || form.field("reported_on").get().map(|m| view! { <p class="field-error form-note">{m}</p> })}
            <FigureRows rows=figures error=form.field("figures") />
            <FilePicker
                id="update-files"
                label=PlanText::EvidenceFiles
                hint=PlanText::EvidenceHint
                input=files
                multiple=true
                chosen=chosen
                form=form
                field="files"
                refusal=file_refusal
                alert=true
            />
            <div class="form-actions">
                <button id="post-update" type="submit" class="button button-primary" disabled=form.pending()>
                    {tr(PlanText::PostUpdate)}
                </button>
                {move || form.pending().get().then(|| sending.get()).map(|message| view! {
                    <p class="loading" role="status" aria-live="polite" data-test="update-sending">
                        <span class="spinner" aria-hidden="true"></span>{message}
                    </p>
                })}
            </div>
        </FormFrame>
    }
}

/// A file the server refused (413, 415) is said next to the input too.
fn file_refusal(error: &ApiError, lang: hgcs_domain::Lang) -> Option<String> {
    match error.code() {
        Some(ErrorCode::PayloadTooLarge | ErrorCode::UnsupportedMediaType) => Some(
            error
                .detail()
                .map(str::to_owned)
                .unwrap_or_else(|| error.message(lang)),
        ),
        _ => None,
    }
}
