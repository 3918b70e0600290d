use hgcs_domain::api::reports::ReportSubmission;
use leptos::prelude::*;

use crate::format::date_time;
use crate::i18n::{ReportText, review_outcome, tr};

/// Every submission of a report with what the unit above made of it.
#[component]
pub fn SubmissionList(submissions: Vec<ReportSubmission>) -> impl IntoView {
    let rows = submissions
        .into_iter()
        .map(|sub| {
            let reviewed = match (sub.reviewed_by, sub.reviewed_at) {
                (Some(by), Some(at)) => format!("{by}, {}", date_time(at)),
                _ => String::new(),
            };
            view! {
                <tr data-test="submission-row">
                    <td>{sub.number}</td>
                    <td>{format!("{}, {}", sub.submitted_by, date_time(sub.submitted_at))}</td>
                    <td data-test="submission-outcome">{tr(review_outcome(sub.outcome))}</td>
                    <td>{sub.comment}</td>
                    <td>{reviewed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(ReportText::SubmissionNo)}</th>
                        <th scope="col">{tr(ReportText::SentAt)}</th>
                        <th scope="col">{tr(ReportText::Outcome)}</th>
                        <th scope="col">{tr(ReportText::ReviewComment)}</th>
                        <th scope="col">{tr(ReportText::Reviewer)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
