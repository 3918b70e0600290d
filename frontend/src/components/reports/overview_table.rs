use hgcs_domain::api::reports::UnitReportStatus;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format::{date, date_time};
use crate::i18n::{ReportText, report_status, tr};

/// One row per unit reporting to the one shown: its report's status,
/// when it was first submitted, its due day and whether it is late.
#[component]
pub fn OverviewTable(rows: Vec<UnitReportStatus>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{tr(ReportText::NoReporting)}</p> }.into_any();
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            let name = row.unit.name.clone();
            let unit = match row.report_id {
                Some(id) => view! { <A href=format!("/reports/{id}")>{name}</A> }.into_any(),
                None => view! { <span>{name}</span> }.into_any(),
            };
            let status = match row.status {
                Some(status) => tr(report_status(status)).into_any(),
                None => tr(ReportText::NotStarted).into_any(),
            };
            let late = if row.late {
                ReportText::Late
            } else {
                ReportText::OnTime
            };
            view! {
                <tr data-test="reporting-row" class:late=row.late>
                    <td>{unit}</td>
                    <td data-test="reporting-status">{status}</td>
                    <td>{row.submitted_at.map(date_time).unwrap_or_default()}</td>
                    <td>{date(row.due_on)}</td>
                    <td>{tr(late)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(ReportText::Unit)}</th>
                        <th scope="col">{tr(ReportText::Status)}</th>
                        <th scope="col">{tr(ReportText::SubmittedAt)}</th>
                        <th scope="col">{tr(ReportText::DueOn)}</th>
                        <th scope="col">{tr(ReportText::Late)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
