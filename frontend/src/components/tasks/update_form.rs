use hgcs_domain::api::plans::{Task, TaskUpdateInput};
use hgcs_domain::plan::TaskStatus;
use hgcs_domain::validation::FieldError;
use hgcs_domain::{ErrorCode, TaskId};
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::figure_rows::{FigureRow, FigureRows, read_figures};
use super::file_picker::{FilePicker, chosen_files, file_problem};
use crate::api::{ApiError, use_api};
use crate::components::common::{
    DateField, ErrorBanner, SelectField, TextArea, TextField, field_message, local_error,
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
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let sending = RwSignal::new(None::<String>);
    let statuses = Signal::derive(move || {
        let lang = lang.get();
        TaskStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    // A refused file (413, 415) is said next to the file input too.
    let file_error = Signal::derive(move || {
        field_message(errors, "files").get().or_else(|| {
            failure.get().and_then(|error| match error.code() {
                Some(ErrorCode::PayloadTooLarge | ErrorCode::UnsupportedMediaType) => Some(
                    error
                        .detail()
                        .map(str::to_owned)
                        .unwrap_or_else(|| error.message(lang.get())),
                ),
                _ => None,
            })
        })
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked().is_some() {
            return;
        }
        failure.set(None);
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
        let picked = chosen_files(&files);
        if let Some(problem) = picked.iter().find_map(|file| file_problem(lang, file)) {
            found.push(local_error("files", problem));
        }
        let (Some(reported_on), Some(percent), Ok(figure_list), Some(new_status), true) = (
            reported_on,
            percent,
            figure_list,
            TaskStatus::parse(&status.get_untracked()),
            found.is_empty(),
        ) else {
            errors.set(found);
            return;
        };
        errors.set(Vec::new());
        let input = TaskUpdateInput {
            reported_on,
            body: text_body,
            figures: figure_list,
            status: new_status,
            progress: percent,
        };
        let bytes: f64 = picked.iter().map(|file| file.size()).sum();
        sending.set(Some(i18n::uploading(lang, picked.len(), bytes)));
        spawn_local(async move {
            let result = api.post_update(task_id, &input, &picked).await;
            sending.set(None);
            match result {
                Ok(_) => {
                    body.set(String::new());
                    figures.set(Vec::new());
                    chosen.set(Vec::new());
                    if let Some(input) = files.get_untracked() {
                        input.set_value("");
                    }
                    on_posted.run(());
                }
                Err(error) => {
                    errors.set(error.field_errors().to_vec());
                    failure.set(Some(error));
                }
            }
        });
    };

    view! {
        <form class="form form-grid card" on:submit=submit novalidate=true aria-labelledby="new-update-title">
            <h2 id="new-update-title" class="form-title">{tr(PlanText::NewUpdate)}</h2>
            {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
            <TextArea id="update-body" label=PlanText::UpdateBody value=body required=true error=field_message(errors, "body") />
            <DateField id="update-date" label=PlanText::ReportedOn value=day />
            <SelectField id="update-status" label=CommonText::Status value=status options=statuses error=field_message(errors, "status") />
            <TextField id="update-progress" label=PlanText::ProgressPercent value=progress input_type="number" error=field_message(errors, "progress") />
            {move || field_message(errors, "reported_on").get().map(|m| view! { <p class="field-error form-note">{m}</p> })}
            <FigureRows rows=figures error=field_message(errors, "figures") />
            <FilePicker input=files chosen=chosen error=file_error />
            <div class="form-actions">
                <button id="post-update" type="submit" class="button button-primary" disabled=move || sending.get().is_some()>
                    {tr(PlanText::PostUpdate)}
                </button>
                {move || sending.get().map(|message| view! {
                    <p class="loading" role="status" aria-live="polite" data-test="update-sending">
                        <span class="spinner" aria-hidden="true"></span>{message}
                    </p>
                })}
            </div>
        </form>
    }
}
