use hgcs_domain::api::dashboard::{Dashboard, DashboardQuery, ReportStanding, TaskBar};
use hgcs_domain::mediation::TeamRule;
use hgcs_domain::reports::CaseResult;
use leptos::prelude::*;

use crate::api::{dashboard_file_url, use_api};
use crate::components::charts::{Bar, BarChart};
use crate::components::common::Loaded;
use crate::components::reports::{PeriodChoice, PeriodFields};
use crate::i18n::{DashboardText, ReportText, period_name, text, tr};
use crate::state::use_lang;

/// The cases of the year summed by `key` (a unit, a month) and result.
fn case_bars<K: PartialEq>(
    dashboard: &Dashboard,
    keys: Vec<(K, String)>,
    key_of: impl Fn(&hgcs_domain::api::dashboard::CaseCell) -> K,
) -> Vec<Bar> {
    keys.into_iter()
        .map(|(key, label)| Bar {
            label,
            values: CaseResult::ALL
                .iter()
                .map(|result| {
                    dashboard
                        .cases
                        .iter()
                        .filter(|cell| cell.result == *result && key_of(cell) == key)
                        .map(|cell| cell.n)
                        .sum()
                })
                .collect(),
        })
        .collect()
}

fn unit_name(dashboard: &Dashboard, id: hgcs_domain::UnitId) -> String {
    dashboard
        .units
        .iter()
        .find(|unit| unit.id == id)
        .map(|unit| unit.name.clone())
        .unwrap_or_default()
}

#[component]
fn Charts(dashboard: Dashboard) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let d = &dashboard;
        let results: Vec<String> = CaseResult::ALL
            .iter()
            .map(|r| r.label(lang).to_owned())
            .collect();
        let unit_word = text(lang, DashboardText::Unit).to_owned();
        let by_unit = case_bars(
            d,
            d.units.iter().map(|u| (u.id, u.name.clone())).collect(),
            |cell| cell.unit_id,
        );
        let month = text(lang, DashboardText::Month);
        let by_month = case_bars(
            d,
            (1..=12).map(|m| (m, format!("{month} {m}"))).collect(),
            |cell| cell.month,
        );
        let teams: Vec<Bar> = d
            .teams
            .iter()
            .map(|t| Bar {
                label: unit_name(d, t.unit_id),
                values: vec![t.teams - t.failing, t.failing],
            })
            .collect();
        let short_of = TeamRule::ALL
            .iter()
            .map(|rule| {
                let n: i64 = d
                    .teams
                    .iter()
                    .flat_map(|t| &t.by_rule)
                    .filter(|r| r.rule == *rule)
                    .map(|r| r.n)
                    .sum();
                view! { <li data-test="rule-count" data-rule=rule.as_str()>{format!("{}: {n}", rule.short(lang))}</li> }
            })
            .collect_view();
        let reporting = &d.reports.reporting;
        let standings: Vec<Bar> = ReportStanding::ALL
            .iter()
            .map(|standing| {
                let of = |late: bool| {
                    reporting
                        .iter()
                        .filter(|r| ReportStanding::of(r.status) == *standing && r.late == late)
                        .count() as i64
                };
                Bar {
                    label: standing.label(lang).to_owned(),
                    values: vec![of(false), of(true)],
                }
            })
            .collect();
        let period = period_name(lang, &d.reports.period.name_vi, &d.reports.period.name_en);
        let tasks = d.plan.as_ref().map(|plan| {
            let bars: Vec<Bar> = TaskBar::ALL
                .iter()
                .map(|bar| Bar {
                    label: bar.label(lang).to_owned(),
                    values: vec![plan.tasks.iter().filter(|t| t.bar == *bar).map(|t| t.n).sum()],
                })
                .collect();
            let title = format!("{}: {} – {}", text(lang, DashboardText::PlanTasks), plan.doc_number, plan.title);
            view! {
                <BarChart test="tasks" title=title corner=text(lang, DashboardText::Status).to_owned()
                          series=vec![text(lang, DashboardText::PlanTasks).to_owned()] bars=bars />
            }
        });
        view! {
            <div class="chart-grid">
                <BarChart test="cases-unit" title=text(lang, DashboardText::CasesByUnit).to_owned()
                          corner=unit_word.clone() series=results.clone() bars=by_unit />
                <BarChart test="cases-month" title=text(lang, DashboardText::CasesByMonth).to_owned()
                          corner=month.to_owned() series=results bars=by_month />
                <BarChart test="teams" title=text(lang, DashboardText::TeamsShort).to_owned()
                          corner=unit_word
                          series=vec![text(lang, DashboardText::Complying).to_owned(), text(lang, DashboardText::ShortOfRules).to_owned()]
                          bars=teams>
                    <ul class="rule-counts">{short_of}</ul>
                </BarChart>
                <BarChart test="reports" title=format!("{}: {period}", text(lang, DashboardText::ReportStanding))
                          corner=text(lang, DashboardText::Status).to_owned()
                          series=vec![text(lang, ReportText::OnTime).to_owned(), text(lang, DashboardText::Late).to_owned()]
                          bars=standings />
                {match tasks {
                    Some(chart) => chart.into_any(),
                    None => view! {
                        <figure class="chart-card" data-test="chart-tasks">
                            <figcaption><h3>{text(lang, DashboardText::PlanTasks)}</h3></figcaption>
                            <p>{text(lang, DashboardText::NoPlan)}</p>
                        </figure>
                    }.into_any(),
                }}
            </div>
        }
    }
}

/// The year's statistics of the caller's unit (its reports those of the
/// period chosen), with the workbook of the same figures.
#[component]
pub fn StatisticsPanel() -> impl IntoView {
    let api = use_api();
    let choice = PeriodChoice::new();
    let query = move || DashboardQuery {
        unit_id: None,
        year: Some(choice.year()),
        period: Some(choice.period.get()).filter(|code| !code.is_empty()),
    };
    let dashboard = LocalResource::new(move || {
        let asked = query();
        async move {
            if asked.period.is_none() {
                return Ok(None);
            }
            api.dashboard(&asked).await.map(Some)
        }
    });
    view! {
        <section class="card" aria-labelledby="statistics" data-test="statistics">
            <h2 id="statistics">{tr(DashboardText::Statistics)}</h2>
            <p class="muted">{tr(DashboardText::StatisticsIntro)}</p>
            <div class="filters">
                <PeriodFields choice=choice prefix="dashboard" />
                <a class="button" href=move || dashboard_file_url(&query()) download="" data-test="dashboard-xlsx">
                    {tr(DashboardText::Download)}
                </a>
            </div>
            <Loaded resource=dashboard let:found>
                {found.map(|dashboard| view! { <Charts dashboard=dashboard /> })}
            </Loaded>
        </section>
    }
}
