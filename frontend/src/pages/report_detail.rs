use std::collections::BTreeMap;

use hgcs_domain::api::reports::{Report, ReportInput};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{report_file_url, use_api};
use crate::components::common::{
    Announced, Announcement, FormFrame, Loaded, Submit, SubmitButton, TextArea, TextField,
    local_error, use_detail,
};
use crate::components::reports::{
    Drill, Estimates, LinesTable, ReviewForm, SubmissionList, TasksTable,
};
use crate::format::date;
use crate::i18n::{CommonText, ReportText, period_name, report_status, text, tr};
use crate::state::use_lang;

#[component]
pub fn ReportDetailPage() -> impl IntoView {
    let api = use_api();
    let report = use_detail(move |id| async move { api.report(id).await });
    let notice = Announcement::new();
    let done = move |msg: ReportText| notice.and_reload(msg, report);
    let callbacks = Callbacks {
        saved: done(ReportText::Saved),
        submitted: done(ReportText::Submitted),
        accepted: done(ReportText::Accepted),
        returned: done(ReportText::Returned),
    };
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol>
                <li><A href="/reports">{tr(ReportText::NavReports)}</A></li>
            </ol>
        </nav>
        <Announced notice=notice />
        <Loaded resource=report let:report>
            <ReportView report=report callbacks=callbacks />
        </Loaded>
    }
}

#[derive(Clone, Copy)]
struct Callbacks {
    saved: Callback<Report>,
    submitted: Callback<Report>,
    accepted: Callback<Report>,
    returned: Callback<Report>,
}

#[component]
fn ReportView(report: Report, callbacks: Callbacks) -> impl IntoView {
    let lang = use_lang();
    let content = report.content.clone();
    let period = content.period.clone();
    let title = move || {
        format!(
            "{} – {}",
            content.unit.name,
            period_name(lang.get(), &period.name_vi, &period.name_en)
        )
    };
    let sources: Vec<String> = report
        .content
        .sources
        .iter()
        .map(|s| s.unit.name.clone())
        .collect();
    let former: Vec<String> = report
        .content
        .predecessors
        .iter()
        .map(|u| u.name.clone())
        .collect();
    let on_review = Callback::new(move |(done, accepted): (Report, bool)| {
        if accepted {
            callbacks.accepted.run(done)
        } else {
            callbacks.returned.run(done)
        }
    });
    let id = report.id;
    view! {
        <h1>{title}</h1>
        <p>
            <strong data-test="report-status">{tr(report_status(report.status))}</strong>
            {" · "}{tr(ReportText::DueOn)}{format!(": {}", date(report.due_on))}
        </p>
        {(!sources.is_empty()).then(|| view! { <p>{tr(ReportText::Sources)}{format!(": {}", sources.join(", "))}</p> })}
        {(!former.is_empty()).then(|| view! { <p>{tr(ReportText::Predecessors)}{format!(": {}", former.join(", "))}</p> })}
        <p class="downloads">
            <a class="button" data-test="download-xlsx" href=report_file_url(id, "xlsx")>{tr(ReportText::DownloadXlsx)}</a>
            {" "}
            <a class="button" data-test="download-docx" href=report_file_url(id, "docx")>{tr(ReportText::DownloadDocx)}</a>
        </p>
        {if report.may_edit {
            view! { <Editor report=report.clone() callbacks=callbacks /> }.into_any()
        } else {
            view! {
                <section class="card">
                    <LinesTable lines=report.content.lines.clone() drill=live_drill(&report) />
                    {(!report.content.commentary.is_empty()).then(|| view! {
                        <h2>{tr(ReportText::Commentary)}</h2>
                        <p class="prose">{report.content.commentary.clone()}</p>
                    })}
                </section>
            }
            .into_any()
        }}
        <section class="card" aria-labelledby="tasks-title" data-test="report-tasks">
            <h2 id="tasks-title">{tr(ReportText::Tasks)}</h2>
            <TasksTable tasks=report.content.tasks.clone() />
        </section>
        {report.may_review.then(|| view! { <ReviewForm id=id version=report.version on_done=on_review /> })}
        {(!report.submissions.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="submissions-title">
                <h2 id="submissions-title">{tr(ReportText::Submissions)}</h2>
                <SubmissionList submissions=report.submissions.clone() />
            </section>
        })}
    }
}

/// The open report: estimates in the table (for the figures that grow
/// over the period), the number and the commentary. "Save" writes them;
/// "Submit" writes them too, then sends the report as just saved.
#[component]
fn Editor(report: Report, callbacks: Callbacks) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let id = report.id;
    let version = report.version;
    let estimates: Estimates = RwSignal::new(
        report
            .content
            .lines
            .iter()
            .filter_map(|l| l.estimate.map(|e| (l.code.clone(), e.to_string())))
            .collect(),
    );
    let number = RwSignal::new(report.content.number.clone());
    let commentary = RwSignal::new(report.content.commentary.clone());
    let known: Vec<String> = report
        .content
        .lines
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let estimable: Vec<String> = report
        .content
        .lines
        .iter()
        .filter(|l| report.takes_estimates && l.measure.takes_estimate())
        .map(|l| l.code.clone())
        .collect();
    let form = Submit::new();
    // The input as typed, checked by the domain's rules; `None` (with the
    // problems shown) when it may not be sent.
    let checked = move || -> Option<ReportInput> {
        let lang = lang.get_untracked();
        let mut parsed = BTreeMap::new();
        let mut bad = Vec::new();
        for (code, typed) in estimates.get_untracked() {
            match typed.trim().parse::<i64>() {
                Ok(value) => {
                    parsed.insert(code, value);
                }
                Err(_) => bad.push(local_error(
                    &format!("estimates.{code}"),
                    format!("{code}: {}", text(lang, ReportText::EstimateNumber)),
                )),
            }
        }
        if !bad.is_empty() {
            form.reject(bad);
            return None;
        }
        let typed = ReportInput {
            number: number.get_untracked(),
            commentary: commentary.get_untracked(),
            estimates: parsed,
        };
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let may: Vec<&str> = estimable.iter().map(String::as_str).collect();
        form.valid(typed.check(&known, &may), lang)
    };
    let checked = StoredValue::new_local(checked);
    let save = Callback::new(move |()| {
        let Some(input) = checked.with_value(|check| check()) else {
            return;
        };
        form.send(
            async move { api.update_report(id, version, &input).await },
            move |saved| callbacks.saved.run(saved),
        );
    });
    let send = move |_| {
        form.start();
        let Some(input) = checked.with_value(|check| check()) else {
            return;
        };
        form.send(
            async move {
                let saved = api.update_report(id, version, &input).await?;
                api.submit_report(id, saved.version).await
            },
            move |sent| callbacks.submitted.run(sent),
        );
    };
    let lines = report.content.lines.clone();
    let editable = report.takes_estimates.then_some(estimates);
    let drill = live_drill(&report);
    view! {
        <FormFrame form=form id="report-edit" title=ReportText::Save on_submit=save>
            <div class="field-wide">
                {match editable {
                    Some(estimates) => view! { <LinesTable lines=lines estimates=estimates drill=drill /> }.into_any(),
                    None => view! { <LinesTable lines=lines drill=drill /> }.into_any(),
                }}
            </div>
            <TextField id="report-number" label=ReportText::Number value=number error=form.field("number") />
            <TextArea id="report-commentary" label=ReportText::Commentary value=commentary rows=5 error=form.field("commentary") />
            <SubmitButton id="save-report" label=ReportText::Save form=form />
            <div class="form-actions field-wide">
                <p class="field-hint">{tr(ReportText::SubmitHint)}</p>
                <button id="submit-report" type="button" class="button button-primary" disabled=form.pending() on:click=send>
                    {tr(ReportText::Submit)}
                </button>
            </div>
        </FormFrame>
    }
}

/// The preparer's live figures open their cases; a frozen report, or one
/// summed from the reports below, does not.
fn live_drill(report: &Report) -> Option<Drill> {
    let content = &report.content;
    (report.status.is_open() && content.sources.is_empty()).then_some(Drill {
        unit: content.unit.id,
        from: content.period.starts_on,
        to: content.period.actual_until,
    })
}
