//! The indicator table: the list in force, each line read off the figures.

use chrono::Utc;
use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::UnitId;
use hgcs_domain::api::reports::{IndicatorTable, IndicatorValue};
use hgcs_domain::reports::{Figures, Measure, Period};

use crate::models::report::IndicatorRow;
use crate::models::{parse_word, unit};

pub fn indicator_table(
    conn: &mut PgConnection,
    root: UnitId,
    period: Period,
    predecessors: &[UnitId],
    figures: &Figures,
    indicators: Vec<IndicatorRow>,
) -> QueryResult<IndicatorTable> {
    let mut units = unit::summaries(conn, &[root])?;
    let unit = units.pop().ok_or(diesel::result::Error::NotFound)?;
    let rows = indicators
        .into_iter()
        .map(|row| {
            let measure = parse_word(&row.measure, Measure::parse)?;
            Ok(IndicatorValue {
                code: row.code,
                section_vi: row.section_vi,
                section_en: row.section_en,
                label_vi: row.label_vi,
                label_en: row.label_en,
                unit_vi: row.unit_vi,
                unit_en: row.unit_en,
                measure,
                value: figures.value(measure),
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(IndicatorTable {
        unit,
        period: period.into(),
        predecessors: unit::summaries(conn, predecessors)?,
        computed_at: Utc::now(),
        rows,
    })
}
