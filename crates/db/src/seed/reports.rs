//! The reporting periods and the indicator list of the reference data.
//! Both are replaced by what the file says: a rule the file no longer
//! lists is removed, an indicator it no longer lists is retired (reports
//! made with it keep their copy).

use std::collections::HashSet;

use diesel::prelude::*;
use hgcs_domain::reports::{Measure, PeriodRule};
use hgcs_domain::text::clean;
use serde::Deserialize;

use super::SeedError;
use crate::models::indicator::{IndicatorRow, PeriodRuleRow};
use crate::schema::{report_indicators, report_period_rules};

#[derive(Debug, Deserialize)]
pub struct SeedIndicator {
    pub code: String,
    pub section_vi: String,
    pub section_en: String,
    pub label_vi: String,
    pub label_en: String,
    pub unit_vi: String,
    pub unit_en: String,
    pub measure: String,
}

pub fn validate(rules: &[PeriodRule], indicators: &[SeedIndicator]) -> Result<(), SeedError> {
    let invalid = |what: String| Err(SeedError::Invalid(what));
    let mut keys = HashSet::new();
    for rule in rules {
        if rule.period(rule.from_year).is_none() || rule.period(rule.from_year + 1).is_none() {
            return invalid(format!(
                "report period {}: its days are not MM-DD in order (start ≤ cut-off ≤ end)",
                rule.code
            ));
        }
        if !keys.insert((rule.code.as_str(), rule.from_year)) {
            return invalid(format!(
                "report period {} from {} appears twice",
                rule.code, rule.from_year
            ));
        }
    }
    let mut codes = HashSet::new();
    for indicator in indicators {
        if Measure::parse(&indicator.measure).is_none() {
            return invalid(format!(
                "indicator {}: unknown measure {:?}",
                indicator.code, indicator.measure
            ));
        }
        if !codes.insert(indicator.code.as_str()) {
            return invalid(format!("indicator {} appears twice", indicator.code));
        }
    }
    Ok(())
}

/// Writes the rules and indicators; the number of each written.
pub fn apply(
    conn: &mut PgConnection,
    rules: &[PeriodRule],
    indicators: &[SeedIndicator],
) -> QueryResult<(usize, usize)> {
    diesel::delete(report_period_rules::table).execute(conn)?;
    let rows: Vec<PeriodRuleRow> = rules
        .iter()
        .map(|rule| PeriodRuleRow {
            code: rule.code.clone(),
            from_year: rule.from_year,
            to_year: rule.to_year,
            position: rule.position,
            name_vi: clean(&rule.name_vi),
            name_en: clean(&rule.name_en),
            starts: rule.starts.clone(),
            ends: rule.ends.clone(),
            actual_until: rule.actual_until.clone(),
            ward_due_days: rule.ward_due_days,
            city_due_days: rule.city_due_days,
        })
        .collect();
    let periods = diesel::insert_into(report_period_rules::table)
        .values(&rows)
        .execute(conn)?;
    diesel::update(report_indicators::table)
        .set(report_indicators::retired.eq(true))
        .execute(conn)?;
    let mut written = 0;
    for (position, indicator) in (1..).zip(indicators) {
        let row = IndicatorRow {
            code: indicator.code.clone(),
            position,
            section_vi: clean(&indicator.section_vi),
            section_en: clean(&indicator.section_en),
            label_vi: clean(&indicator.label_vi),
            label_en: clean(&indicator.label_en),
            unit_vi: clean(&indicator.unit_vi),
            unit_en: clean(&indicator.unit_en),
            measure: indicator.measure.clone(),
            retired: false,
        };
        written += diesel::insert_into(report_indicators::table)
            .values(&row)
            .on_conflict(report_indicators::code)
            .do_update()
            .set(&row)
            .execute(conn)?;
    }
    Ok((periods, written))
}
