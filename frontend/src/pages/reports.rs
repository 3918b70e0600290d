use hgcs_domain::Role;
use hgcs_domain::api::reports::{NewReport, ReportOverview, ReportQuery};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{FormFailure, Loaded, Submit};
use crate::components::reports::{OverviewTable, PeriodChoice, PeriodFields};
use crate::format::date;
use crate::i18n::{ReportText, report_status, tr};
use crate::state::has_role;

/// The reports of a period: the caller's unit's own (started or not),
/// and those of the units reporting to it, with the late ones marked.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let api = use_api();
    let choice = PeriodChoice::new();
    let overview = LocalResource::new(move || {
        let query = ReportQuery {
            unit_id: None,
            year: choice.year(),
            period: choice.period.get(),
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
            <PeriodFields choice=choice prefix="report" />
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
