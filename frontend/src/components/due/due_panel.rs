use hgcs_domain::api::plans::DueQuery;
use leptos::prelude::*;

use super::due_groups::DueGroups;
use super::due_reports::DueReports;
use crate::api::use_api;
use crate::components::common::Loaded;
use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// "Việc đến hạn và quá hạn": overdue tasks first, then those due within
/// 30 days, grouped by ward or by the organisation that leads them; then
/// the periodic reports owed.
#[component]
pub fn DuePanel() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let by_organisation = RwSignal::new(false);
    let due = LocalResource::new(move || async move {
        let filter = DueQuery {
            days: Some(30),
            ..DueQuery::default()
        };
        api.due_tasks(&filter).await
    });
    let by: Signal<bool> = by_organisation.into();
    view! {
        <section class="card" aria-labelledby="due-title" data-test="due-panel">
            <h2 id="due-title">{tr(PlanText::DuePanel)}</h2>
            <fieldset class="group-by">
                <legend>{tr(PlanText::GroupBy)}</legend>
                <input type="radio" id="due-by-unit" name="due-by" checked=move || !by_organisation.get() on:change=move |_| by_organisation.set(false) />
                <label for="due-by-unit">{tr(PlanText::ByWard)}</label>
                <input type="radio" id="due-by-org" name="due-by" checked=move || by_organisation.get() on:change=move |_| by_organisation.set(true) />
                <label for="due-by-org">{tr(PlanText::ByOrganisation)}</label>
            </fieldset>
            <Loaded resource=due let:list>
                {if list.overdue.is_empty() && list.due_soon.is_empty()
                    && list.reports_overdue.is_empty() && list.reports_due_soon.is_empty()
                {
                    view! { <p class="empty">{tr(PlanText::NothingDue)}</p> }.into_any()
                } else {
                    let today = list.today;
                    let (late, soon) = (list.overdue.len(), list.due_soon.len());
                    let (reports_late, reports_soon) =
                        (list.reports_overdue.len(), list.reports_due_soon.len());
                    view! {
                        <p class="muted">{move || i18n::today(lang.get(), today)}</p>
                        <div class="due-block due-overdue" data-test="due-overdue">
                            <h3>{tr(PlanText::OverdueTasks)} " (" {late} ")"</h3>
                            <DueGroups tasks=list.overdue by_organisation=by today=today />
                        </div>
                        <div class="due-block" data-test="due-soon">
                            <h3>{tr(PlanText::DueSoon)} " (" {soon} ")"</h3>
                            <DueGroups tasks=list.due_soon by_organisation=by today=today />
                        </div>
                        <div class="due-block due-overdue" data-test="due-reports-overdue">
                            <h3>{tr(PlanText::ReportsOverdue)} " (" {reports_late} ")"</h3>
                            <DueReports reports=list.reports_overdue />
                        </div>
                        <div class="due-block" data-test="due-reports-soon">
                            <h3>{tr(PlanText::ReportsDueSoon)} " (" {reports_soon} ")"</h3>
                            <DueReports reports=list.reports_due_soon />
                        </div>
                    }
                    .into_any()
                }}
            </Loaded>
        </section>
    }
}
