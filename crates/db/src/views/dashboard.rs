//! The dashboard's figures: cases by unit, month and result from the
//! monthly tallies; teams against the composition rules; the reports of
//! a period; the tasks of the year's plan. A fixed number of statements
//! whatever the number of units.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::dashboard::{
    CaseCell, Dashboard, PlanProgress, RuleCount, TaskBar, TaskCount, TeamCompliance,
};
use hgcs_domain::api::plans::PlanQuery;
use hgcs_domain::api::units::UnitSummary;
use hgcs_domain::mediation::{Composition, TeamRule, composition_shortfalls, is_minority};
use hgcs_domain::reports::{CaseResult, Period};
use hgcs_domain::{PlanId, UnitId};

use crate::models::indicator::{self, Counted};
use crate::models::{plan, plan_task, team, unit};

/// The units a chart compares, each with what counts for it.
struct Compared {
    units: Vec<UnitSummary>,
    /// Every counted unit → the compared unit it counts for.
    owner: HashMap<UnitId, UnitId>,
    /// The tallied units of each compared unit, all together.
    roots: Vec<UnitId>,
}

fn compared(
    conn: &mut PgConnection,
    units: Vec<UnitSummary>,
    ends_on: NaiveDate,
) -> QueryResult<Compared> {
    let mut owner = HashMap::new();
    let mut roots = Vec::new();
    for shown in &units {
        let Counted {
            units: counted,
            roots: tallied,
            ..
        } = indicator::counted_units(conn, shown.id, ends_on)?;
        for id in counted {
            owner.entry(id).or_insert(shown.id);
        }
        roots.extend(tallied);
    }
    Ok(Compared {
        units,
        owner,
        roots,
    })
}

/// Cases received in `year` by compared unit, month and result.
fn cases(conn: &mut PgConnection, shown: &Compared, year: i32) -> QueryResult<Vec<CaseCell>> {
    let mut cells: BTreeMap<(usize, u32, usize), i64> = BTreeMap::new();
    let position = |id: UnitId| shown.units.iter().position(|u| u.id == id);
    for tally in indicator::month_tallies(conn, &shown.roots, year)? {
        let Some(unit) = shown.owner.get(&tally.unit_id).and_then(|id| position(*id)) else {
            continue;
        };
        let result = CaseResult::of(tally.state);
        let order = CaseResult::ALL
            .iter()
            .position(|r| *r == result)
            .unwrap_or(0);
        *cells.entry((unit, tally.month, order)).or_default() += tally.n;
    }
    Ok(cells
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .map(|((unit, month, result), n)| CaseCell {
            unit_id: shown.units[unit].id,
            month,
            result: CaseResult::ALL[result],
            n,
        })
        .collect())
}

/// Each compared unit's teams against the composition rules, as the
/// register stands now.
fn teams(
    conn: &mut PgConnection,
    shown: &Compared,
    root: UnitId,
) -> QueryResult<Vec<TeamCompliance>> {
    let counted: Vec<UnitId> = shown.owner.keys().copied().collect();
    let mut places = counted.clone();
    places.extend(unit::path(conn, root)?);
    let areas: HashSet<UnitId> = unit::minority_areas(conn, &places)?.into_iter().collect();
    let mut in_area: HashMap<UnitId, bool> = HashMap::new();
    let mut found: HashMap<UnitId, (i64, i64, BTreeMap<usize, i64>)> = HashMap::new();
    for row in team::members_of_units(conn, &counted)? {
        let place = UnitId(row.unit_id);
        let Some(owner) = shown.owner.get(&place) else {
            continue;
        };
        let area = match in_area.get(&place) {
            Some(area) => *area,
            None => {
                let area = unit::path(conn, place)?.iter().any(|id| areas.contains(id));
                in_area.insert(place, area);
                area
            }
        };
        let composition = Composition {
            members: usize::try_from(row.members).unwrap_or(0),
            women: usize::try_from(row.women).unwrap_or(0),
            minority: row.ethnicities.iter().filter(|e| is_minority(e)).count(),
        };
        let missing = composition_shortfalls(composition, area);
        let entry = found.entry(*owner).or_default();
        entry.0 += 1;
        if !missing.is_empty() {
            entry.1 += 1;
        }
        for rule in missing {
            let order = TeamRule::ALL.iter().position(|r| *r == rule).unwrap_or(0);
            *entry.2.entry(order).or_default() += 1;
        }
    }
    Ok(shown
        .units
        .iter()
        .map(|u| {
            let (teams, failing, by_rule) = found.remove(&u.id).unwrap_or_default();
            TeamCompliance {
                unit_id: u.id,
                teams,
                failing,
                by_rule: TeamRule::ALL
                    .iter()
                    .enumerate()
                    .map(|(order, rule)| RuleCount {
                        rule: *rule,
                        n: by_rule.get(&order).copied().unwrap_or(0),
                    })
                    .collect(),
            }
        })
        .collect())
}

/// The tasks of `root`'s plan for `year` (the one starting last), by
/// where they stand on `today`.
fn plan_progress(
    conn: &mut PgConnection,
    root: UnitId,
    year: i32,
    today: NaiveDate,
) -> QueryResult<Option<PlanProgress>> {
    let filter = PlanQuery {
        unit_id: Some(root),
        year: Some(year),
        ..PlanQuery::default()
    };
    let Some(found) = plan::list(conn, &filter, None)?.into_iter().next() else {
        return Ok(None);
    };
    let mut counts: BTreeMap<usize, i64> = BTreeMap::new();
    for task in plan_task::for_plan(conn, PlanId(found.id))? {
        let bar = TaskBar::of(task.status()?, task.due_on, today);
        let order = TaskBar::ALL.iter().position(|b| *b == bar).unwrap_or(0);
        *counts.entry(order).or_default() += 1;
    }
    Ok(Some(PlanProgress {
        plan_id: PlanId(found.id),
        title: found.title,
        doc_number: found.doc_number,
        tasks: TaskBar::ALL
            .iter()
            .enumerate()
            .map(|(order, bar)| TaskCount {
                bar: *bar,
                n: counts.get(&order).copied().unwrap_or(0),
            })
            .collect(),
    }))
}

/// The dashboard of `root` for `year`, its reports those of `period`.
pub fn dashboard(
    conn: &mut PgConnection,
    root: UnitId,
    year: i32,
    period: Period,
    today: NaiveDate,
) -> QueryResult<Dashboard> {
    let reports = super::reports::overview(conn, root, period, today)?;
    let units = if reports.reporting.is_empty() {
        vec![reports.own.unit.clone()]
    } else {
        reports.reporting.iter().map(|r| r.unit.clone()).collect()
    };
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let shown = compared(conn, units, year_end)?;
    Ok(Dashboard {
        unit: reports.own.unit.clone(),
        year,
        cases: cases(conn, &shown, year)?,
        teams: teams(conn, &shown, root)?,
        plan: plan_progress(conn, root, year, today)?,
        units: shown.units,
        reports,
        computed_at: Utc::now(),
    })
}
