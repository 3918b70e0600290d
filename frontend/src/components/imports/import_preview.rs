use hgcs_domain::api::imports::{ImportPreview, ImportProblem, ImportRow};
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{CommonText, MediationText, RecordText, text, tr};
use crate::state::use_lang;

/// The rows as read, each with its problems; problems of the file or of a
/// whole team (no row of their own) are listed above the table.
#[component]
pub fn ImportPreviewTable(preview: ImportPreview) -> impl IntoView {
    let lang = use_lang();
    let row_count = preview.rows.len();
    let problem_count = preview.problems.len();
    let lines: Vec<usize> = preview.rows.iter().map(|row| row.line).collect();
    let (row_problems, general): (Vec<ImportProblem>, Vec<ImportProblem>) = preview
        .problems
        .into_iter()
        .partition(|problem| lines.contains(&problem.line));
    let general = (!general.is_empty()).then(|| {
        let items = general
            .into_iter()
            .map(|problem| {
                let line = problem.line;
                view! {
                    <li data-test="import-problem" data-line=line data-field=problem.field>
                        {move || i18n::problem_line(lang.get(), line)}
                        {problem.message}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="banner banner-error">
                <p class="banner-title">{tr(RecordText::FileProblems)}</p>
                <ul class="import-problems">{items}</ul>
            </div>
        }
    });
    let rows = preview
        .rows
        .into_iter()
        .map(|row| {
            let problems: Vec<ImportProblem> = row_problems
                .iter()
                .filter(|problem| problem.line == row.line)
                .cloned()
                .collect();
            view! { <PreviewRow row=row problems=problems /> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="import-result">
            <h2 id="import-result">{tr(RecordText::CheckResult)}</h2>
            <p class="count">{move || i18n::rows_and_problems(lang.get(), row_count, problem_count)}</p>
            {if problem_count == 0 {
                view! {
                    <div class="banner banner-ok" role="status" id="import-verdict">
                        <p class="banner-title">{tr(RecordText::NoProblems)}</p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="banner banner-error" role="alert" id="import-verdict">
                        <p class="banner-title">{tr(RecordText::HasProblems)}</p>
                    </div>
                }
                .into_any()
            }}
            {general}
            <div class="table-wrap">
                <table class="table import-table">
                    <caption class="visually-hidden">{tr(RecordText::CheckResult)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(RecordText::Line)}</th>
                            <th scope="col">{tr(RecordText::Village)}</th>
                            <th scope="col">{tr(MediationText::Team)}</th>
                            <th scope="col">{tr(MediationText::FullName)}</th>
                            <th scope="col">{tr(MediationText::Sex)}</th>
                            <th scope="col">{tr(MediationText::BirthYear)}</th>
                            <th scope="col">{tr(MediationText::Ethnicity)}</th>
                            <th scope="col">{tr(MediationText::Education)}</th>
                            <th scope="col">{tr(RecordText::IsLeader)}</th>
                            <th scope="col">{tr(RecordText::RowProblem)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One mediator row; the cells a problem names are marked.
#[component]
fn PreviewRow(row: ImportRow, problems: Vec<ImportProblem>) -> impl IntoView {
    let lang = use_lang();
    let has_problem = !problems.is_empty();
    let fields: Vec<String> = problems.iter().map(|p| p.field.clone()).collect();
    let cell = move |field: &str| {
        if fields.iter().any(|f| f == field) {
            "cell-problem"
        } else {
            ""
        }
    };
    let education = row.education.clone();
    let sex = row.sex;
    let messages = problems
        .into_iter()
        .map(|problem| {
            view! {
                <li data-test="import-problem" data-line=problem.line data-field=problem.field>
                    {problem.message}
                </li>
            }
        })
        .collect_view();
    view! {
        <tr class=if has_problem { "row-problem" } else { "" } data-test="import-row">
            <th scope="row" class="nowrap">{row.line}</th>
            <td class=cell("village")>{row.village}</td>
            <td class=cell("team")>{row.team}</td>
            <td class=cell("full_name")>{row.full_name}</td>
            <td class=cell("sex")>{move || sex.map(|sex| text(lang.get(), i18n::sex(sex)))}</td>
            <td class=cell("birth_year")>{row.birth_year}</td>
            <td class=cell("ethnicity")>{row.ethnicity}</td>
            <td class=cell("education")>{move || i18n::education_code(lang.get(), &education)}</td>
            <td class=cell("leader")>{row.leader.then(|| tr(CommonText::Yes))}</td>
            <td><ul class="import-problems">{messages}</ul></td>
        </tr>
    }
}
