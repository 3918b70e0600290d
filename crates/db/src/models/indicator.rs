//! Reporting periods, the indicator list (both reference data) and the
//! figures of the registers for a unit and period, aggregated by
//! PostgreSQL in one statement.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::{Array, BigInt, Date, Jsonb, Untyped};
use hgcs_domain::UnitId;
use hgcs_domain::mediation::{CaseKind, CaseState, Education, Sex};
use hgcs_domain::reports::{
    CaseTally, Figures, Measure, MediatorTally, Period, PeriodRule, periods_of, whole_months,
};

use super::{parse_word, unit};
use crate::schema::{report_indicators, report_period_rules};
use crate::unit_tree;

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

impl IndicatorRow {
    /// Whether a report may estimate this line for the days after its
    /// cut-off (`Measure::takes_estimate`).
    pub fn takes_estimate(&self) -> bool {
        Measure::parse(&self.measure).is_some_and(Measure::takes_estimate)
    }
}

/// Every period rule, from the database.
pub fn load_period_rules(conn: &mut PgConnection) -> QueryResult<Vec<PeriodRule>> {
    let rows: Vec<PeriodRuleRow> = report_period_rules::table
        .select(PeriodRuleRow::as_select())
        .load(conn)?;
    Ok(rows.into_iter().map(PeriodRule::from).collect())
}

/// The indicators in force, in the order of the table, from the database.
pub fn load_indicators(conn: &mut PgConnection) -> QueryResult<Vec<IndicatorRow>> {
    report_indicators::table
        .filter(report_indicators::retired.eq(false))
        .select(IndicatorRow::as_select())
        .order((report_indicators::position, report_indicators::code))
        .load(conn)
}

/// The periods of `year`, in order (from the server's reference data in
/// memory when installed, see `unit_tree`).
pub fn periods(conn: &mut PgConnection, year: i32) -> QueryResult<Vec<Period>> {
    let rules = match unit_tree::active() {
        Some(cache) => cache.current().period_rules().to_vec(),
        None => load_period_rules(conn)?,
    };
    Ok(periods_of(&rules, year))
}

/// The period of kind `code` in `year`, if the rules have one.
pub fn period(conn: &mut PgConnection, code: &str, year: i32) -> QueryResult<Option<Period>> {
    Ok(periods(conn, year)?.into_iter().find(|p| p.code == code))
}

/// The indicators in force, in order (from memory when installed).
pub fn indicators(conn: &mut PgConnection) -> QueryResult<Vec<IndicatorRow>> {
    match unit_tree::active() {
        Some(cache) => Ok(cache.current().indicators().to_vec()),
        None => load_indicators(conn),
    }
}

/// The units whose records count for a unit in a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counted {
    /// Every unit counted: the unit's tree and the trees it took over.
    pub units: Vec<UnitId>,
    /// The units whose trees together are `units`, none inside another:
    /// the monthly tallies are read for these alone.
    pub roots: Vec<UnitId>,
    /// The former units taken over (for the answer to name them).
    pub former: Vec<UnitId>,
}

/// What counts for `root` in a period ending on `ends_on`: its tree and,
/// through every reorganisation in force by then, the trees of the units
/// it (or a unit below it) took over.
pub fn counted_units(
    conn: &mut PgConnection,
    root: UnitId,
    ends_on: NaiveDate,
) -> QueryResult<Counted> {
    let former = unit::taken_over(conn, root, ends_on)?;
    let mut counted: BTreeSet<UnitId> = unit::subtree(conn, root)?.into_iter().collect();
    for unit in &former {
        counted.extend(unit::subtree(conn, *unit)?);
    }
    let trees: Vec<UnitId> = std::iter::once(root)
        .chain(former.iter().copied())
        .collect();
    let mut roots = Vec::new();
    for unit in &trees {
        let above = unit::path(conn, *unit)?;
        if !above.iter().skip(1).any(|id| trees.contains(id)) {
            roots.push(*unit);
        }
    }
    Ok(Counted {
        units: counted.into_iter().collect(),
        roots,
        former,
    })
}

#[derive(QueryableByName)]
struct FiguresRow {
    #[diesel(sql_type = BigInt)]
    villages: i64,
    #[diesel(sql_type = BigInt)]
    teams: i64,
    #[diesel(sql_type = BigInt)]
    pay_spent_vnd: i64,
    #[diesel(sql_type = BigInt)]
    trained: i64,
    #[diesel(sql_type = Jsonb)]
    mediators: serde_json::Value,
    #[diesel(sql_type = Jsonb)]
    cases: serde_json::Value,
}

/// The figures statement with its parameters. Unlike `sql_query`, it is
/// kept prepared on each connection (its text never changes), so
/// PostgreSQL does not plan it again for every request.
#[derive(Debug, Clone)]
struct FiguresQuery {
    units: Vec<i64>,
    roots: Vec<i64>,
    starts_on: NaiveDate,
    actual_until: NaiveDate,
    first_month: NaiveDate,
    end_month: NaiveDate,
}

/// What follows the parameters (`p`) in the statement. The counted units
/// are matched by a hashed `IN (SELECT unnest(...))`, not `= ANY(...)`,
/// which compares each row with every unit of a province in turn. Each
/// side of the `OR` on `received_on` keeps its own bounds, no term common
/// to both: PostgreSQL would pull such a term out and scan the index by it
/// alone. Mediators come from `mediator_tallies`, and the cases of the
/// days around the whole months are matched by their scope columns, each
/// against the few roots.
const FIGURES_SQL: &str = "), \
     counted AS (SELECT unnest(units) AS id FROM p) \
     SELECT \
       (SELECT count(*) FROM units, p WHERE id IN (SELECT id FROM counted) AND level = 'village' \
          AND (valid_from IS NULL OR valid_from <= p.until) \
          AND (valid_to IS NULL OR valid_to >= p.until)) AS villages, \
       (SELECT count(*) FROM mediation_teams WHERE unit_id IN (SELECT id FROM counted)) AS teams, \
       (SELECT coalesce(sum(amount_vnd), 0)::bigint FROM pay_claims, p \
          WHERE status = 'paid' AND paid_on BETWEEN p.starts_on AND p.until \
            AND unit_id IN (SELECT id FROM counted)) AS pay_spent_vnd, \
       (SELECT count(DISTINCT a.mediator_id) FROM course_sessions s \
          JOIN attendance a ON a.session_id = s.id AND a.status = 'present' \
          JOIN mediators m ON m.id = a.mediator_id \
          JOIN mediation_teams t ON t.id = m.team_id, p \
         WHERE s.held_on BETWEEN p.starts_on AND p.until \
           AND t.unit_id IN (SELECT id FROM counted)) AS trained, \
       (SELECT coalesce(jsonb_agg(jsonb_build_array(sex, ethnicity, education, n)), '[]') \
          FROM (SELECT sex, ethnicity, education, sum(n)::bigint AS n FROM mediator_tallies t, p \
                 WHERE t.unit_id = ANY(p.roots) AND t.since <= p.until AND t.until > p.until \
                 GROUP BY 1, 2, 3 HAVING sum(n) <> 0) AS g) AS mediators, \
       (SELECT coalesce(jsonb_agg(jsonb_build_array(kind, state, n)), '[]') \
          FROM (SELECT kind, state, sum(n)::bigint AS n FROM ( \
                  SELECT kind, state, n FROM case_tallies, p \
                   WHERE unit_id = ANY(p.roots) AND month >= p.first_month AND month < p.end_month \
                  UNION ALL \
                  SELECT kind, state, 1 FROM cases, p \
                   WHERE (commune_id = ANY(p.roots) OR district_id = ANY(p.roots) \
                          OR province_id = ANY(p.roots)) \
                     AND ((received_on >= p.starts_on \
                           AND received_on < least(p.first_month, p.until + 1)) \
                          OR (received_on >= p.end_month AND received_on <= p.until)) \
                ) AS c GROUP BY 1, 2) AS g) AS cases";

impl QueryFragment<Pg> for FiguresQuery {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql("WITH p AS (SELECT ");
        out.push_bind_param::<Array<BigInt>, _>(&self.units)?;
        out.push_sql("::bigint[] AS units, ");
        out.push_bind_param::<Array<BigInt>, _>(&self.roots)?;
        out.push_sql("::bigint[] AS roots, ");
        out.push_bind_param::<Date, _>(&self.starts_on)?;
        out.push_sql("::date AS starts_on, ");
        out.push_bind_param::<Date, _>(&self.actual_until)?;
        out.push_sql("::date AS until, ");
        out.push_bind_param::<Date, _>(&self.first_month)?;
        out.push_sql("::date AS first_month, ");
        out.push_bind_param::<Date, _>(&self.end_month)?;
        out.push_sql("::date AS end_month");
        out.push_sql(FIGURES_SQL);
        Ok(())
    }
}

impl QueryId for FiguresQuery {
    type QueryId = FiguresQuery;
    const HAS_STATIC_QUERY_ID: bool = true;
}

impl Query for FiguresQuery {
    type SqlType = Untyped;
}

impl RunQueryDsl<PgConnection> for FiguresQuery {}

/// What the registers of `units` hold for `period`, in one statement:
/// villages valid at the cut-off; teams; mediators on the register at the
/// cut-off (not left by then, not elected after it: `mediator_tallies`)
/// by sex, ethnicity and education; cases received from the start to the cut-off by kind and
/// state (whole months from `case_tallies`, the days around them from the
/// cases); pay paid in those days; mediators present at a training
/// session held in those days (by their team's unit now). The tallies are read for the roots
/// alone: one unit's rows for a ward, a city or a province.
pub fn figures(
    conn: &mut PgConnection,
    counted: &Counted,
    period: &Period,
) -> QueryResult<Figures> {
    let (first_month, end_month) = whole_months(period.starts_on, period.actual_until);
    let ids = |units: &[UnitId]| units.iter().map(|u| u.0).collect();
    let row: FiguresRow = FiguresQuery {
        units: ids(&counted.units),
        roots: ids(&counted.roots),
        starts_on: period.starts_on,
        actual_until: period.actual_until,
        first_month,
        end_month,
    }
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
        trained: row.trained,
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

#[derive(Debug, Clone, QueryableByName)]
struct MonthTallyRow {
    #[diesel(sql_type = BigInt)]
    unit_id: i64,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    month: i32,
    #[diesel(sql_type = diesel::sql_types::Text)]
    state: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Cases of one tallied unit received in one month of a year, in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthTally {
    pub unit_id: UnitId,
    /// 1 to 12.
    pub month: u32,
    pub state: CaseState,
    pub n: i64,
}

/// The year's cases of each of `roots` (communes, districts, provinces:
/// the units `case_tallies` keeps) by month and state, in one statement.
pub fn month_tallies(
    conn: &mut PgConnection,
    roots: &[UnitId],
    year: i32,
) -> QueryResult<Vec<MonthTally>> {
    let rows: Vec<MonthTallyRow> = diesel::sql_query(
        "SELECT unit_id, extract(month FROM month)::int AS month, state, sum(n)::bigint AS n \
           FROM case_tallies \
          WHERE unit_id = ANY($1) AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1) \
          GROUP BY 1, 2, 3 HAVING sum(n) <> 0",
    )
    .bind::<Array<BigInt>, _>(roots.iter().map(|u| u.0).collect::<Vec<_>>())
    .bind::<diesel::sql_types::Integer, _>(year)
    .load(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(MonthTally {
                unit_id: UnitId(row.unit_id),
                month: u32::try_from(row.month).unwrap_or(1),
                state: parse_word(&row.state, CaseState::parse)?,
                n: row.n,
            })
        })
        .collect()
}
