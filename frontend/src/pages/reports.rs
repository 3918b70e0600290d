use chrono::Datelike;
use hgcs_domain::Role;
use hgcs_domain::api::reports::{NewReport, ReportOverview, ReportPeriod, ReportQuery};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{FormFailure, Loaded, SelectField, Submit, year_options};
use crate::components::reports::OverviewTable;
use crate::format::{self, date};
use crate::i18n::{ReportText, period_name, report_status, tr};
use crate::state::{has_role, use_lang};

/// The most recent period whose cut-off has passed, else the first.
fn default_period(periods: &[ReportPeriod]) -> String {
    let today = format::today();
    periods
        .iter()
        .rev()
        .find(|p| p.actual_until < today)
        .or(periods.first())
        .map(|p| p.code.clone())
        .unwrap_or_default()
}

/// The reports of a period: the caller's unit's own (started or not),
/// and those of the units reporting to it, with the late ones marked.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let this_year = format::today().year();
    let year = RwSignal::new(this_year.to_string());
    let period = RwSignal::new(String::new());
    let years = Signal::derive(move || year_options(2019..=this_year));
    let periods = LocalResource::new(move || {
        let chosen = year.get().parse().unwrap_or(this_year);
        async move { api.report_periods(chosen).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(list)) = periods.get() {
            let known = list.iter().any(|p| p.code == period.get_untracked());
            if !known {
                period.set(default_period(&list));
            }
        }
    });
    let period_options = Signal::derive(move || match periods.get() {
        Some(Ok(list)) => list
            .iter()
            .map(|p| {
                (
                    p.code.clone(),
                    period_name(lang.get(), &p.name_vi, &p.name_en),
                )
            })
            .collect(),
        _ => Vec::new(),
    });
    let overview = LocalResource::new(move || {
        let query = ReportQuery {
            unit_id: None,
            year: year.get().parse().unwrap_or(this_year),
            period: period.get(),
        };
        async move {
            if query.period.is_empty() {
                return Ok(None);
            }
            api.report_overview(&query).await.map(Some)
        }
    });
    view! {
        <h1>{tr(ReportText::NavReports)}</h1>
        <p>{tr(ReportText::ReportsIntro)}</p>
        <div class="filters card">
            <SelectField id="report-year" label=ReportText::Year value=year options=years />
            <SelectField id="report-period" label=ReportText::Period value=period options=period_options />
        </div>
        <Loaded resource=overview let:found>
            {found.map(|overview| view! { <Overview overview=overview /> })}
        </Loaded>
    }
}

#[component]
fn Overview(overview: ReportOverview) -> impl IntoView {
    let own = overview.own.clone();
    view! {
        <section class="card" aria-labelledby="own-report" data-test="overview" data-period=overview.period.code.clone()>
            <h2 id="own-report">{tr(ReportText::OwnReport)}{format!(": {}", own.unit.name)}</h2>
            <p>
                {tr(ReportText::DueOn)}{format!(": {}", date(own.due_on))}
                {own.late.then(|| view! { <strong class="late">{" · "}{tr(ReportText::Late)}</strong> })}
            </p>
            <OwnReport overview=overview.clone() />
        </section>
        <section class="card" aria-labelledby="reporting-units">
            <h2 id="reporting-units">{tr(ReportText::Reporting)}</h2>
            <OverviewTable rows=overview.reporting />
        </section>
    }
}

/// The unit's own report: a link to it, or the button that starts it for
/// the ward official or the Justice Office.
#[component]
fn OwnReport(overview: ReportOverview) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let prepares = has_role(&[Role::WardOfficial, Role::CityJustice]);
    let form = Submit::new();
    let own = overview.own;
    if let (Some(id), Some(status)) = (own.report_id, own.status) {
        return view! {
            <p>
                <span data-test="own-status">{tr(report_status(status))}</span>{" · "}
                <A href=format!("/reports/{id}") attr:data-test="open-report">{tr(ReportText::OpenReport)}</A>
            </p>
        }
        .into_any();
    }
    let input = NewReport {
        unit_id: Some(own.unit.id),
        year: overview.period.year,
        period: overview.period.code.clone(),
    };
    let start = move |_| {
        let (navigate, input) = (navigate.clone(), input.clone());
        form.start();
        form.send(
            async move { api.create_report(&input).await },
            move |report| {
                navigate(
                    &format!("/reports/{}", report.id),
                    NavigateOptions::default(),
                )
            },
        );
    };
    view! {
        <p data-test="own-status">{tr(ReportText::NotStarted)}</p>
        <FormFailure form=form />
        <Show when=move || prepares.get()>
            <button id="start-report" type="button" class="button button-primary" disabled=form.pending() on:click=start.clone()>
                {tr(ReportText::StartReport)}
            </button>
        </Show>
    }
    .into_any()
}
