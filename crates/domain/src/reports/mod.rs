//! Reporting periods and indicators (TT 03/2019/TT-BTP, Điều 6; from
//! 01/11/2025 TT 16/2025/TT-BTP). Periods and the indicator list are data
//! (reference data, see `docs/reports.md`); what the code fixes is the set
//! of measures an indicator may name, and how a measure is read off the
//! registers' figures.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

mod figures;
mod lines;
#[cfg(test)]
mod tests;

pub use figures::*;
pub use lines::*;

/// When a kind of period runs, as written in the circular. Days are
/// `MM-DD` of the period's year; the due days count from the cut-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodRule {
    /// `half_year`, `year_preliminary`, `year_official` …
    pub code: String,
    /// The first year the rule applies to.
    pub from_year: i32,
    /// The last year, when a later circular replaced it.
    pub to_year: Option<i32>,
    /// Order in lists.
    pub position: i32,
    /// `{year}` stands for the year: "6 tháng đầu năm {year}".
    pub name_vi: String,
    pub name_en: String,
    pub starts: String,
    pub ends: String,
    /// Figures are actual up to this day; the rest of the period is estimated.
    pub actual_until: String,
    /// Days after the cut-off by which a ward sends its report to the city.
    pub ward_due_days: i32,
    /// Days after the cut-off by which the city sends its report on.
    pub city_due_days: i32,
}

/// One period of one year, with its days: the API's shape.
pub use crate::api::reports::ReportPeriod as Period;

impl PeriodRule {
    pub fn applies_to(&self, year: i32) -> bool {
        year >= self.from_year && self.to_year.is_none_or(|last| year <= last)
    }

    /// The rule's days in `year`; `None` when a day is not a valid `MM-DD`
    /// of that year or the days are out of order.
    pub fn period(&self, year: i32) -> Option<Period> {
        let starts_on = month_day(&self.starts, year)?;
        let ends_on = month_day(&self.ends, year)?;
        let actual_until = month_day(&self.actual_until, year)?;
        if !(starts_on <= actual_until && actual_until <= ends_on) {
            return None;
        }
        // Every day inside the calendar the API keeps (1900–2199).
        let kept = |day: NaiveDate| {
            crate::validation::edge::YEARS
                .contains(&day.year())
                .then_some(day)
        };
        let due =
            |days: i32| kept(actual_until.checked_add_days(Days::new(u64::try_from(days).ok()?))?);
        Some(Period {
            code: self.code.clone(),
            year,
            name_vi: self.name_vi.replace("{year}", &year.to_string()),
            name_en: self.name_en.replace("{year}", &year.to_string()),
            starts_on,
            ends_on,
            actual_until,
            ward_due_on: due(self.ward_due_days)?,
            city_due_on: due(self.city_due_days)?,
        })
    }
}

/// `MM-DD` in `year`.
pub fn month_day(text: &str, year: i32) -> Option<NaiveDate> {
    let (month, day) = text.split_once('-')?;
    if month.len() != 2 || day.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

/// The periods of `year` under `rules`, in their order.
pub fn periods_of(rules: &[PeriodRule], year: i32) -> Vec<Period> {
    let mut applying: Vec<&PeriodRule> = rules.iter().filter(|r| r.applies_to(year)).collect();
    applying.sort_by_key(|rule| (rule.position, rule.code.clone()));
    applying
        .iter()
        .filter_map(|rule| rule.period(year))
        .collect()
}

/// The period shown first: of the year's periods (in their order), the
/// last one whose cut-off has passed by `today`, or the first.
pub fn current_period(periods: Vec<Period>, today: NaiveDate) -> Option<Period> {
    let ended = periods.iter().rposition(|p| p.actual_until < today);
    let index = ended.unwrap_or(0);
    periods.into_iter().nth(index)
}

/// The first days of the whole months inside `from..=until`, as a
/// half-open range `[first, end)`; empty (`first == end`) when no month
/// fits. Monthly summaries answer these; the days before and after them
/// are counted from the records.
pub fn whole_months(from: NaiveDate, until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = if from.day() == 1 {
        from
    } else {
        next_month(from)
    };
    let after = until.succ_opt().unwrap_or(until);
    let end = if after.day() == 1 {
        after
    } else {
        month_start(until)
    };
    if end <= first {
        (first, first)
    } else {
        (first, end)
    }
}

pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn next_month(day: NaiveDate) -> NaiveDate {
    month_start(day)
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(day)
}
