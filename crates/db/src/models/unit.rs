use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::api::units::{Unit, UnitLink, UnitQuery, UnitSummary};
use hgcs_domain::policy::{Actor, Reach};
use hgcs_domain::text::search_key;
use hgcs_domain::time::today;
use hgcs_domain::{UnitId, UnitLevel};

use super::case_read::Scope;
use super::{like_pattern, parse_word};
use crate::schema::{unit_successions, units};
use crate::unit_tree;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = units, check_for_backend(diesel::pg::Pg))]
pub struct UnitRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub level: String,
    pub kind: Option<String>,
    pub parent_id: Option<i64>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub ethnic_minority_area: bool,
}

impl UnitRow {
    pub fn level(&self) -> QueryResult<UnitLevel> {
        parse_word(&self.level, UnitLevel::parse)
    }

    pub fn summary(&self) -> QueryResult<UnitSummary> {
        Ok(UnitSummary {
            id: UnitId(self.id),
            code: self.code.clone(),
            name: self.name.clone(),
            level: self.level()?,
        })
    }

    pub fn into_dto(self) -> QueryResult<Unit> {
        Ok(Unit {
            id: UnitId(self.id),
            level: self.level()?,
            code: self.code,
            name: self.name,
            short_name: self.short_name,
            kind: self.kind,
            parent_id: self.parent_id.map(UnitId),
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            ethnic_minority_area: self.ethnic_minority_area,
        })
    }
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

pub fn find(conn: &mut PgConnection, id: UnitId) -> QueryResult<UnitRow> {
    units::table
        .find(id.0)
        .select(UnitRow::as_select())
        .first(conn)
}

/// The unit and its ancestors, the unit first. Empty if it does not exist.
/// From the tree in memory when one is installed (`unit_tree`).
pub fn path(conn: &mut PgConnection, id: UnitId) -> QueryResult<Vec<UnitId>> {
    if let Some(cache) = unit_tree::active() {
        return Ok(cache.knowing(conn, id)?.path(id));
    }
    let rows: Vec<IdRow> = diesel::sql_query(
        "WITH RECURSIVE up(id, parent_id, depth) AS ( \
             SELECT id, parent_id, 0 FROM units WHERE id = $1 \
             UNION ALL \
             SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id \
         ) SELECT id FROM up ORDER BY depth",
    )
    .bind::<BigInt, _>(id.0)
    .load(conn)?;
    Ok(rows.into_iter().map(|row| UnitId(row.id)).collect())
}

/// Where `unit` stands for the actor: within their scope (their unit's
/// tree, or the tree of a unit it took over in a reorganisation), above
/// it, or outside.
pub fn reach(conn: &mut PgConnection, actor: &Actor, unit: UnitId) -> QueryResult<Reach> {
    let target = path(conn, unit)?;
    let own = path(conn, actor.unit_id)?;
    let reach = actor.reach(&target, &own);
    if reach == Reach::Within {
        return Ok(reach);
    }
    let former = taken_over(conn, actor.unit_id, today())?;
    Ok(actor.reach_through(&target, &own, &former))
}

/// The unit's level (from the tree in memory when one is installed).
pub fn level_of(conn: &mut PgConnection, id: UnitId) -> QueryResult<UnitLevel> {
    match unit_tree::active() {
        Some(cache) => match cache.knowing(conn, id)?.summary(id) {
            Some(unit) => Ok(unit.level),
            None => Err(diesel::result::Error::NotFound),
        },
        None => find(conn, id)?.level(),
    }
}

/// A list's scope: the tree of `root`, placed by its level (from the tree
/// in memory when one is installed), and the trees of the units it took
/// over in reorganisations in force today.
pub fn scope(conn: &mut PgConnection, root: UnitId) -> QueryResult<Scope> {
    let level = level_of(conn, root)?;
    let former = taken_over(conn, root, today())?;
    if former.is_empty() {
        return Ok(Scope::Under(root, level));
    }
    let mut roots = vec![(root, level)];
    for unit in former {
        roots.push((unit, level_of(conn, unit)?));
    }
    Ok(Scope::Among(roots))
}

/// The units whose records `root` holds today: its tree and the trees of
/// the units it took over.
pub fn held_units(conn: &mut PgConnection, root: UnitId) -> QueryResult<Vec<UnitId>> {
    let mut held = subtree(conn, root)?;
    for unit in taken_over(conn, root, today())? {
        held.extend(subtree(conn, unit)?);
    }
    Ok(held)
}

/// Every reorganisation link: (predecessor, successor, effective on).
pub fn successions(conn: &mut PgConnection) -> QueryResult<Vec<(UnitId, UnitId, NaiveDate)>> {
    if let Some(cache) = unit_tree::active() {
        return Ok(cache.current().successions().to_vec());
    }
    Ok(unit_successions::table
        .select((
            unit_successions::predecessor_id,
            unit_successions::successor_id,
            unit_successions::effective_on,
        ))
        .load::<(i64, i64, NaiveDate)>(conn)?
        .into_iter()
        .map(|(from, to, on)| (UnitId(from), UnitId(to), on))
        .collect())
}

/// The units `root` took over through the reorganisations in force on
/// `on`: the predecessors of `root` or of a unit in its tree, then theirs
/// in turn; none inside a tree already counted. Their trees' records are
/// `root`'s history.
pub fn taken_over(
    conn: &mut PgConnection,
    root: UnitId,
    on: NaiveDate,
) -> QueryResult<Vec<UnitId>> {
    let links: Vec<(UnitId, UnitId)> = successions(conn)?
        .into_iter()
        .filter(|(.., effective)| *effective <= on)
        .map(|(from, to, _)| (from, to))
        .collect();
    let mut roots = vec![root];
    loop {
        let mut added = false;
        for (from, to) in &links {
            if roots.contains(from) {
                continue;
            }
            let inside = |conn: &mut PgConnection, id: UnitId, roots: &[UnitId]| {
                path(conn, id).map(|p| p.iter().any(|unit| roots.contains(unit)))
            };
            if inside(conn, *to, &roots)? && !inside(conn, *from, &roots)? {
                roots.push(*from);
                added = true;
            }
        }
        if !added {
            break;
        }
    }
    roots.remove(0);
    Ok(roots)
}

/// The unit and every unit below it. From the tree in memory when one is
/// installed (`unit_tree`).
pub fn subtree(conn: &mut PgConnection, root: UnitId) -> QueryResult<Vec<UnitId>> {
    if let Some(cache) = unit_tree::active() {
        return Ok(cache.knowing(conn, root)?.subtree(root));
    }
    let rows: Vec<IdRow> = diesel::sql_query(
        "WITH RECURSIVE down(id) AS ( \
             SELECT id FROM units WHERE id = $1 \
             UNION ALL \
             SELECT u.id FROM units u JOIN down ON u.parent_id = down.id \
         ) SELECT id FROM down",
    )
    .bind::<BigInt, _>(root.0)
    .load(conn)?;
    Ok(rows.into_iter().map(|row| UnitId(row.id)).collect())
}

/// Units matching `filter`, restricted to `among` when given; ordered by
/// name without regard to accents.
pub fn list(
    conn: &mut PgConnection,
    filter: &UnitQuery,
    among: Option<&[UnitId]>,
) -> QueryResult<Vec<UnitRow>> {
    let mut query = units::table.select(UnitRow::as_select()).into_boxed();
    if let Some(ids) = among {
        query = query.filter(units::id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    if let Some(parent) = filter.parent_id {
        query = query.filter(units::parent_id.eq(parent.0));
    }
    if let Some(level) = filter.level {
        query = query.filter(units::level.eq(level.as_str()));
    }
    if let Some(day) = filter.on {
        query = query
            .filter(units::valid_from.is_null().or(units::valid_from.le(day)))
            .filter(units::valid_to.is_null().or(units::valid_to.ge(day)));
    }
    if let Some(text) = filter.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = like_pattern(&search_key(text));
        query = query.filter(
            units::search_key
                .like(pattern.clone())
                .or(units::code.like(pattern)),
        );
    }
    query
        .order((units::search_key.asc(), units::id.asc()))
        .load(conn)
}

pub fn summaries(conn: &mut PgConnection, ids: &[UnitId]) -> QueryResult<Vec<UnitSummary>> {
    if let Some(cache) = unit_tree::active() {
        let mut tree = cache.current();
        if !ids.iter().all(|id| tree.knows(*id)) {
            tree = cache.reload(conn)?;
        }
        return Ok(ids
            .iter()
            .filter_map(|id| tree.summary(*id).cloned())
            .collect());
    }
    let rows: Vec<UnitRow> = units::table
        .filter(units::id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()))
        .select(UnitRow::as_select())
        .load(conn)?;
    let mut summaries = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(row) = rows.iter().find(|row| row.id == id.0) {
            summaries.push(row.summary()?);
        }
    }
    Ok(summaries)
}

pub fn children(conn: &mut PgConnection, id: UnitId) -> QueryResult<Vec<UnitRow>> {
    units::table
        .filter(units::parent_id.eq(id.0))
        .select(UnitRow::as_select())
        .order((units::search_key.asc(), units::id.asc()))
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = unit_successions, check_for_backend(diesel::pg::Pg))]
pub struct SuccessionRow {
    pub predecessor_id: i64,
    pub successor_id: i64,
    pub effective_on: NaiveDate,
    pub basis: String,
}

/// Which way to follow the reorganisation links from a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Units that took this one over.
    Successors,
    /// Units this one took over.
    Predecessors,
}

pub fn links(
    conn: &mut PgConnection,
    id: UnitId,
    direction: Direction,
) -> QueryResult<Vec<UnitLink>> {
    let rows: Vec<(SuccessionRow, UnitRow)> = match direction {
        Direction::Successors => unit_successions::table
            .inner_join(units::table.on(units::id.eq(unit_successions::successor_id)))
            .filter(unit_successions::predecessor_id.eq(id.0))
            .select((SuccessionRow::as_select(), UnitRow::as_select()))
            .order(units::search_key.asc())
            .load(conn)?,
        Direction::Predecessors => unit_successions::table
            .inner_join(units::table.on(units::id.eq(unit_successions::predecessor_id)))
            .filter(unit_successions::successor_id.eq(id.0))
            .select((SuccessionRow::as_select(), UnitRow::as_select()))
            .order(units::search_key.asc())
            .load(conn)?,
    };
    rows.into_iter()
        .map(|(link, unit)| {
            Ok(UnitLink {
                unit: unit.summary()?,
                effective_on: link.effective_on,
                basis: link.basis,
            })
        })
        .collect()
}

/// A unit without a parent, preferring one that still exists: where the
/// first administrator is attached.
pub fn top_level(conn: &mut PgConnection) -> QueryResult<Option<UnitRow>> {
    units::table
        .filter(units::parent_id.is_null())
        .select(UnitRow::as_select())
        .order((units::valid_to.is_not_null(), units::id.asc()))
        .first(conn)
        .optional()
}

/// Whether any of these units is marked an ethnic-minority area.
pub fn any_minority_area(conn: &mut PgConnection, ids: &[UnitId]) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        units::table
            .filter(units::id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()))
            .filter(units::ethnic_minority_area.eq(true)),
    ))
    .get_result(conn)
}

/// Whether the unit or a unit above it is an ethnic-minority area.
pub fn in_minority_area(conn: &mut PgConnection, id: UnitId) -> QueryResult<bool> {
    let path = path(conn, id)?;
    any_minority_area(conn, &path)
}

/// Those of `ids` that are marked ethnic-minority areas.
pub fn minority_areas(conn: &mut PgConnection, ids: &[UnitId]) -> QueryResult<Vec<UnitId>> {
    Ok(units::table
        .filter(units::id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()))
        .filter(units::ethnic_minority_area.eq(true))
        .select(units::id)
        .load::<i64>(conn)?
        .into_iter()
        .map(UnitId)
        .collect())
}
