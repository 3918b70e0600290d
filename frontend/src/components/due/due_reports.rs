use hgcs_domain::api::plans::DueReport;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;
use crate::i18n::{PlanText, period_name, report_status, text, tr};
use crate::state::use_lang;

/// Periodic reports owed: the period, the unit, the due day and how far
/// the report has come; each opens the report, or the reports page when
/// none was started.
#[component]
pub fn DueReports(reports: Vec<DueReport>) -> impl IntoView {
    let lang = use_lang();
    if reports.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NothingHere)}</p> }.into_any();
    }
    let items = reports
        .into_iter()
        .map(|due| {
            let href = due
                .report_id
                .map_or_else(|| "/reports".to_owned(), |id| format!("/reports/{id}"));
            let period = due.period.clone();
            let status = due.status;
            let state = move || match status {
                Some(status) => text(lang.get(), report_status(status)),
                None => text(lang.get(), PlanText::ReportNotStarted),
            };
            view! {
                <li data-test="due-report">
                    <A href=href>
                        {move || period_name(lang.get(), &period.name_vi, &period.name_en)}
                    </A>
                    " — " {due.unit.name} " · "
                    {tr(PlanText::DueOn)} " " {format::date(due.due_on)} " · "
                    <span class="muted">{state}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="due-reports">{items}</ul> }.into_any()
}
