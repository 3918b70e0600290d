//! Reporting periods, the indicator list (both reference data) and the
//! figures of the registers for a unit and period, aggregated by
//! PostgreSQL in one statement.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Date, Jsonb};
use hgcs_domain::UnitId;
use hgcs_domain::mediation::{CaseKind, CaseState, Education, Sex};
use hgcs_domain::reports::{
    CaseTally, Figures, MediatorTally, Period, PeriodRule, periods_of, whole_months,
};

use super::{parse_word, unit};
use crate::schema::{report_indicators, report_period_rules, unit_successions};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = report_period_rules, check_for_backend(diesel::pg::Pg))]
pub struct PeriodRuleRow {
    pub code: String,
    pub from_year: i32,
    pub to_year: Option<i32>,
    pub position: i32,
    pub name_vi: String,
    pub name_en: String,
    pub starts: String,
    pub ends: String,
    pub actual_until: String,
    pub ward_due_days: i32,
    pub city_due_days: i32,
}

impl From<PeriodRuleRow> for PeriodRule {
    fn from(row: PeriodRuleRow) -> Self {
        PeriodRule {
            code: row.code,
            from_year: row.from_year,
            to_year: row.to_year,
            position: row.position,
            name_vi: row.name_vi,
            name_en: row.name_en,
            starts: row.starts,
            ends: row.ends,
            actual_until: row.actual_until,
            ward_due_days: row.ward_due_days,
            city_due_days: row.city_due_days,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = report_indicators, check_for_backend(diesel::pg::Pg))]
pub struct IndicatorRow {
    pub code: String,
    pub position: i32,
    pub section_vi: String,
    pub section_en: String,
    pub label_vi: String,
    pub label_en: String,
    pub unit_vi: String,
    pub unit_en: String,
    pub measure: String,
    pub retired: bool,
}

/// The periods of `year`, in order.
pub fn periods(conn: &mut PgConnection, year: i32) -> QueryResult<Vec<Period>> {
    let rows: Vec<PeriodRuleRow> = report_period_rules::table
        .select(PeriodRuleRow::as_select())
        .load(conn)?;
    let rules: Vec<PeriodRule> = rows.into_iter().map(PeriodRule::from).collect();
    Ok(periods_of(&rules, year))
}

/// The period of kind `code` in `year`, if the rules have one.
pub fn period(conn: &mut PgConnection, code: &str, year: i32) -> QueryResult<Option<Period>> {
    Ok(periods(conn, year)?.into_iter().find(|p| p.code == code))
}

/// The indicators in force, in the order of the table.
pub fn indicators(conn: &mut PgConnection) -> QueryResult<Vec<IndicatorRow>> {
    report_indicators::table
        .filter(report_indicators::retired.eq(false))
        .select(IndicatorRow::as_select())
        .order((report_indicators::position, report_indicators::code))
        .load(conn)
}

/// The units whose records count for `root` in a period ending on
/// `ends_on`: its tree and, through every reorganisation in force by then,
/// the trees of the units it (or a unit below it) took over. The second
/// list names those former units.
pub fn counted_units(
    conn: &mut PgConnection,
    root: UnitId,
    ends_on: NaiveDate,
) -> QueryResult<(Vec<UnitId>, Vec<UnitId>)> {
    let links: Vec<(i64, i64)> = unit_successions::table
        .filter(unit_successions::effective_on.le(ends_on))
        .select((
            unit_successions::predecessor_id,
            unit_successions::successor_id,
        ))
        .load(conn)?;
    let mut counted: BTreeSet<UnitId> = unit::subtree(conn, root)?.into_iter().collect();
    let mut former = Vec::new();
    loop {
        let taken_over: Vec<UnitId> = links
            .iter()
            .filter(|(from, to)| {
                counted.contains(&UnitId(*to)) && !counted.contains(&UnitId(*from))
            })
            .map(|(from, _)| UnitId(*from))
            .collect();
        if taken_over.is_empty() {
            break;
        }
        for unit in taken_over {
            if !counted.contains(&unit) {
                former.push(unit);
                counted.extend(unit::subtree(conn, unit)?);
            }
        }
    }
    Ok((counted.into_iter().collect(), former))
}

#[derive(QueryableByName)]
struct FiguresRow {
    #[diesel(sql_type = BigInt)]
    villages: i64,
    #[diesel(sql_type = BigInt)]
    teams: i64,
    #[diesel(sql_type = BigInt)]
    pay_spent_vnd: i64,
    #[diesel(sql_type = Jsonb)]
    mediators: serde_json::Value,
    #[diesel(sql_type = Jsonb)]
    cases: serde_json::Value,
}

/// What the registers of `units` hold for `period`, in one statement:
/// villages valid at the cut-off; teams; mediators on the register at the
/// cut-off (not left by then, not elected after it) by sex, ethnicity and
/// education; cases received from the start to the cut-off by kind and
/// state (whole months from `case_tallies`, the days around them from the
/// cases); pay paid in those days.
pub fn figures(conn: &mut PgConnection, units: &[UnitId], period: &Period) -> QueryResult<Figures> {
    let ids: Vec<i64> = units.iter().map(|u| u.0).collect();
    let (first_month, end_month) = whole_months(period.starts_on, period.actual_until);
    let row: FiguresRow = diesel::sql_query(
        "SELECT \
           (SELECT count(*) FROM units WHERE id = ANY($1) AND level = 'village' \
              AND (valid_from IS NULL OR valid_from <= $3) \
              AND (valid_to IS NULL OR valid_to >= $3)) AS villages, \
           (SELECT count(*) FROM mediation_teams WHERE unit_id = ANY($1)) AS teams, \
           (SELECT coalesce(sum(amount_vnd), 0)::bigint FROM pay_claims \
              WHERE status = 'paid' AND paid_on BETWEEN $2 AND $3 AND unit_id = ANY($1)) \
              AS pay_spent_vnd, \
           (SELECT coalesce(jsonb_agg(jsonb_build_array(sex, ethnicity, education, n)), '[]') \
              FROM (SELECT m.sex, m.ethnicity, m.education, count(*) AS n \
                      FROM mediators m JOIN mediation_teams t ON t.id = m.team_id \
                     WHERE t.unit_id = ANY($1) AND (m.left_on IS NULL OR m.left_on > $3) \
                       AND NOT EXISTS (SELECT 1 FROM mediator_events e \
                                        WHERE e.mediator_id = m.id AND e.kind = 'elected' \
                                          AND e.occurred_on > $3) \
                     GROUP BY 1, 2, 3) AS g) AS mediators, \
           (SELECT coalesce(jsonb_agg(jsonb_build_array(kind, state, n)), '[]') \
              FROM (SELECT kind, state, sum(n)::bigint AS n FROM ( \
                      SELECT kind, state, n FROM case_tallies \
                       WHERE ward_id = ANY($1) AND month >= $4 AND month < $5 \
                      UNION ALL \
                      SELECT kind, state, 1 FROM cases \
                       WHERE coalesce(commune_id, unit_id) = ANY($1) \
                         AND ((received_on >= $2 AND received_on < $4) \
                              OR (received_on >= $5 AND received_on <= $3)) \
                    ) AS c GROUP BY 1, 2) AS g) AS cases",
    )
    .bind::<Array<BigInt>, _>(&ids)
    .bind::<Date, _>(period.starts_on)
    .bind::<Date, _>(period.actual_until)
    .bind::<Date, _>(first_month)
    .bind::<Date, _>(end_month)
    .get_result(conn)?;
    let decode =
        |error: serde_json::Error| diesel::result::Error::DeserializationError(Box::new(error));
    let mediators: Vec<(String, String, String, i64)> =
        serde_json::from_value(row.mediators).map_err(decode)?;
    let cases: Vec<(String, String, i64)> = serde_json::from_value(row.cases).map_err(decode)?;
    Ok(Figures {
        villages: row.villages,
        teams: row.teams,
        pay_spent_vnd: row.pay_spent_vnd,
        mediators: mediators
            .into_iter()
            .map(|(sex, ethnicity, education, n)| {
                Ok(MediatorTally {
                    sex: parse_word(&sex, Sex::parse)?,
                    ethnicity,
                    education: parse_word(&education, Education::parse)?,
                    n,
                })
            })
            .collect::<QueryResult<_>>()?,
        cases: cases
            .into_iter()
            .map(|(kind, state, n)| {
                Ok(CaseTally {
                    kind: parse_word(&kind, CaseKind::parse)?,
                    state: parse_word(&state, CaseState::parse)?,
                    n,
                })
            })
            .collect::<QueryResult<_>>()?,
    })
}
