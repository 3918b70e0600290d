//! The administrative unit tree, held in memory, with the reference data
//! that goes with it: the successions of the 2025 reorganisation, and the
//! reporting periods and indicator list.
//!
//! Every request asks where a unit stands for the caller (its path up to
//! the root) or which units lie below one (a subtree). The tree is
//! reference data of a few hundred rows that changes a few times a year,
//! so each server keeps a copy and answers these questions without a
//! query. The copy is refreshed when the database announces a change on
//! the channel `hgcs_units` (a trigger on `units`, `unit_successions`,
//! `report_period_rules` and `report_indicators`),
//! which reaches every server sharing the database, and reloaded at once
//! when asked about a unit it does not know yet (one query).
//!
//! `db::run` in the API installs the server's cache for the work it runs
//! ([`with_cache`]); `models::unit::{path, subtree, reach}` answer from it,
//! and fall back to recursive queries where none is installed (the command
//! line, seeding).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::{Connection, PgConnection};
use hgcs_domain::api::units::UnitSummary;
use hgcs_domain::reports::PeriodRule;
use hgcs_domain::{UnitId, UnitLevel};

use crate::models::indicator::{self, IndicatorRow};
use crate::models::parse_word;
use crate::schema::{unit_successions, units};

/// The channel the database announces unit changes on.
pub const CHANNEL: &str = "hgcs_units";

#[derive(Debug, Clone)]
struct Node {
    parent: Option<i64>,
    summary: UnitSummary,
    children: Vec<i64>,
}

/// One consistent copy of the tree and its reference data.
#[derive(Debug, Default)]
pub struct UnitTree {
    nodes: HashMap<i64, Node>,
    /// (predecessor, successor, effective on).
    successions: Vec<(UnitId, UnitId, NaiveDate)>,
    period_rules: Vec<PeriodRule>,
    /// In force, in order.
    indicators: Vec<IndicatorRow>,
}

impl UnitTree {
    /// Every unit, in one query.
    pub fn load(conn: &mut PgConnection) -> QueryResult<Self> {
        let rows: Vec<(i64, String, String, String, Option<i64>)> = units::table
            .select((
                units::id,
                units::code,
                units::name,
                units::level,
                units::parent_id,
            ))
            .load(conn)?;
        let mut nodes = HashMap::with_capacity(rows.len());
        for (id, code, name, level, parent) in rows {
            let level = parse_word(&level, UnitLevel::parse)?;
            let summary = UnitSummary {
                id: UnitId(id),
                code,
                name,
                level,
            };
            nodes.insert(
                id,
                Node {
                    parent,
                    summary,
                    children: Vec::new(),
                },
            );
        }
        let links: Vec<(i64, i64)> = nodes
            .iter()
            .filter_map(|(id, node)| node.parent.map(|parent| (parent, *id)))
            .collect();
        for (parent, child) in links {
            if let Some(node) = nodes.get_mut(&parent) {
                node.children.push(child);
            }
        }
        let successions = unit_successions::table
            .select((
                unit_successions::predecessor_id,
                unit_successions::successor_id,
                unit_successions::effective_on,
            ))
            .load::<(i64, i64, NaiveDate)>(conn)?
            .into_iter()
            .map(|(from, to, on)| (UnitId(from), UnitId(to), on))
            .collect();
        Ok(Self {
            nodes,
            successions,
            period_rules: indicator::load_period_rules(conn)?,
            indicators: indicator::load_indicators(conn)?,
        })
    }

    pub fn successions(&self) -> &[(UnitId, UnitId, NaiveDate)] {
        &self.successions
    }

    pub fn period_rules(&self) -> &[PeriodRule] {
        &self.period_rules
    }

    pub fn indicators(&self) -> &[IndicatorRow] {
        &self.indicators
    }

    pub fn knows(&self, id: UnitId) -> bool {
        self.nodes.contains_key(&id.0)
    }

    pub fn summary(&self, id: UnitId) -> Option<&UnitSummary> {
        self.nodes.get(&id.0).map(|node| &node.summary)
    }

    /// The unit and its ancestors, the unit first; empty for an unknown id.
    pub fn path(&self, id: UnitId) -> Vec<UnitId> {
        let mut path = Vec::new();
        let mut next = Some(id.0);
        while let Some(id) = next {
            let Some(node) = self.nodes.get(&id) else {
                break;
            };
            // A cycle cannot be stored (a unit is not its own parent), but
            // a bounded walk costs nothing.
            if path.len() > self.nodes.len() {
                break;
            }
            path.push(UnitId(id));
            next = node.parent;
        }
        path
    }

    /// The unit and every unit below it; empty for an unknown id.
    pub fn subtree(&self, root: UnitId) -> Vec<UnitId> {
        let mut found = Vec::new();
        if !self.knows(root) {
            return found;
        }
        let mut stack = vec![root.0];
        while let Some(id) = stack.pop() {
            if found.len() > self.nodes.len() {
                break;
            }
            found.push(UnitId(id));
            if let Some(node) = self.nodes.get(&id) {
                stack.extend(node.children.iter().copied());
            }
        }
        found
    }
}

/// A server's copy of the tree, replaced whole when it changes.
#[derive(Debug, Default)]
pub struct UnitCache {
    current: RwLock<Arc<UnitTree>>,
}

impl UnitCache {
    pub fn load(conn: &mut PgConnection) -> QueryResult<Arc<Self>> {
        Ok(Arc::new(Self {
            current: RwLock::new(Arc::new(UnitTree::load(conn)?)),
        }))
    }

    pub fn current(&self) -> Arc<UnitTree> {
        match self.current.read() {
            Ok(tree) => Arc::clone(&tree),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn reload(&self, conn: &mut PgConnection) -> QueryResult<Arc<UnitTree>> {
        let tree = Arc::new(UnitTree::load(conn)?);
        match self.current.write() {
            Ok(mut current) => *current = Arc::clone(&tree),
            Err(poisoned) => *poisoned.into_inner() = Arc::clone(&tree),
        }
        Ok(tree)
    }

    /// The current tree, reloaded first when it does not know `id` (a
    /// unit created since, whose announcement has not arrived yet).
    pub fn knowing(&self, conn: &mut PgConnection, id: UnitId) -> QueryResult<Arc<UnitTree>> {
        let tree = self.current();
        if tree.knows(id) {
            Ok(tree)
        } else {
            self.reload(conn)
        }
    }

    /// Keeps the copy current for as long as the cache lives: a thread with
    /// its own connection that listens on [`CHANNEL`], reloads on each
    /// announcement, and reconnects (and reloads, as announcements may have
    /// been missed) after losing the database.
    pub fn listen(self: &Arc<Self>, database_url: String) {
        let cache = Arc::downgrade(self);
        let spawned = std::thread::Builder::new()
            .name("hgcs-unit-tree".into())
            .spawn(move || listen(&cache, &database_url));
        if let Err(error) = spawned {
            tracing::warn!(%error, "cannot start the unit tree listener");
        }
    }
}

const POLL: Duration = Duration::from_millis(200);
const RECONNECT: Duration = Duration::from_secs(1);

fn listen(cache: &Weak<UnitCache>, url: &str) {
    while cache.strong_count() > 0 {
        if let Err(error) = follow(cache, url) {
            tracing::warn!(%error, "unit tree listener lost the database; reconnecting");
        }
        std::thread::sleep(RECONNECT);
    }
}

/// Listens until the connection fails or the cache is gone.
fn follow(cache: &Weak<UnitCache>, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut conn = PgConnection::establish(url)?;
    diesel::sql_query(format!("LISTEN {CHANNEL}")).execute(&mut conn)?;
    // Reload once listening: a change made since the tree was loaded (at
    // start, or before a lost connection) announced itself to nobody.
    let mut stale = true;
    loop {
        let Some(cache) = cache.upgrade() else {
            return Ok(());
        };
        for notification in conn.notifications_iter() {
            notification?;
            stale = true;
        }
        if stale {
            cache.reload(&mut conn)?;
            stale = false;
        }
        drop(cache);
        std::thread::sleep(POLL);
    }
}

thread_local! {
    static ACTIVE: RefCell<Option<Arc<UnitCache>>> = const { RefCell::new(None) };
}

/// Runs `work` with `cache` answering the unit questions of this thread.
pub fn with_cache<R>(cache: &Arc<UnitCache>, work: impl FnOnce() -> R) -> R {
    struct Restore(Option<Arc<UnitCache>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            ACTIVE.with(|active| *active.borrow_mut() = previous);
        }
    }
    let previous = ACTIVE.with(|active| active.borrow_mut().replace(Arc::clone(cache)));
    let _restore = Restore(previous);
    work()
}

/// The cache installed for this thread's work, if any.
pub fn active() -> Option<Arc<UnitCache>> {
    ACTIVE.with(|active| active.borrow().clone())
}
