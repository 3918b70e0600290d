//! Reporting periods and the indicators computed from the registers.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::UnitId;
use crate::api::units::UnitSummary;
use crate::reports::{Measure, Period};

/// A reporting period of one year (TT 03/2019/TT-BTP, Điều 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportPeriod {
    /// The kind of period: `half_year`, `year_preliminary`, `year_official`.
    pub code: String,
    pub year: i32,
    /// "6 tháng đầu năm 2025".
    pub name_vi: String,
    pub name_en: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Figures are actual up to this day (the cut-off); the rest of the
    /// period is estimated.
    pub actual_until: NaiveDate,
    /// When a ward's report is due at the city.
    pub ward_due_on: NaiveDate,
    /// When the city's report is due at the province.
    pub city_due_on: NaiveDate,
}

impl From<Period> for ReportPeriod {
    fn from(p: Period) -> Self {
        ReportPeriod {
            code: p.code,
            year: p.year,
            name_vi: p.name_vi,
            name_en: p.name_en,
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            actual_until: p.actual_until,
            ward_due_on: p.ward_due_on,
            city_due_on: p.city_due_on,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PeriodQuery {
    /// Default: this year in Vietnam.
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct IndicatorQuery {
    /// A commune or ward, a city or district, a province; default the
    /// caller's own unit.
    pub unit_id: Option<UnitId>,
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: i32,
    /// The period's `code` (see `/report-periods`).
    #[cfg_attr(feature = "openapi", param(max_length = 40))]
    pub period: String,
}

/// One line of the indicator table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorValue {
    pub code: String,
    pub section_vi: String,
    pub section_en: String,
    pub label_vi: String,
    pub label_en: String,
    /// "vụ việc", "người", "đồng" …
    pub unit_vi: String,
    pub unit_en: String,
    pub measure: Measure,
    /// `null` when the registers do not hold the figure (yet).
    pub value: Option<i64>,
}

/// The indicators of a unit for a period, computed now from the registers:
/// cases received from the period's start to its cut-off, with their
/// result as recorded now; mediators on the register at the cut-off;
/// pay paid in the period; villages valid at the cut-off. The units
/// counted are the unit's tree and, for a period ending after a
/// reorganisation, the trees of the units it took over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorTable {
    pub unit: UnitSummary,
    pub period: ReportPeriod,
    /// Former units whose records are counted here.
    pub predecessors: Vec<UnitSummary>,
    pub computed_at: DateTime<Utc>,
    pub rows: Vec<IndicatorValue>,
}
