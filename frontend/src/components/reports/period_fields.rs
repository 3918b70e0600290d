use chrono::Datelike;
use hgcs_domain::reports::current_period;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{SelectField, year_options};
use crate::format;
use crate::i18n::{ReportText, period_name};
use crate::state::use_lang;

/// The year and reporting period chosen on a page.
#[derive(Debug, Clone, Copy)]
pub struct PeriodChoice {
    pub year: RwSignal<String>,
    /// Empty until the year's periods are known; then the most recent
    /// whose cut-off has passed, else the first, until the user chooses.
    pub period: RwSignal<String>,
}

impl PeriodChoice {
    pub fn new() -> Self {
        PeriodChoice {
            year: RwSignal::new(format::today().year().to_string()),
            period: RwSignal::new(String::new()),
        }
    }

    pub fn year(&self) -> i32 {
        self.year
            .get()
            .parse()
            .unwrap_or_else(|_| format::today().year())
    }
}

/// A year select (2019 to this year) and a select of that year's periods.
#[component]
pub fn PeriodFields(
    choice: PeriodChoice,
    /// The ids of the two selects: `<prefix>-year`, `<prefix>-period`.
    prefix: &'static str,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let this_year = format::today().year();
    let years = Signal::derive(move || year_options(2019..=this_year));
    let periods = LocalResource::new(move || {
        let chosen = choice.year();
        async move { api.report_periods(chosen).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(list)) = periods.get() {
            let known = list.iter().any(|p| p.code == choice.period.get_untracked());
            if !known {
                let shown = current_period(list.clone(), format::today());
                choice.period.set(shown.map(|p| p.code).unwrap_or_default());
            }
        }
    });
    let options = Signal::derive(move || match periods.get() {
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
    view! {
        <SelectField id=format!("{prefix}-year") label=ReportText::Year value=choice.year options=years />
        <SelectField id=format!("{prefix}-period") label=ReportText::Period value=choice.period options=options />
    }
}
