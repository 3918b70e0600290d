use std::collections::HashSet;

use hgcs_db::PgConnection;
use hgcs_db::models::material::{self, RunRow};
use hgcs_db::models::unit;
use hgcs_db::views::materials::Reader;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{MaterialRunId, UnitId};

use super::{managed_by_unit, reach, unless};
use crate::error::ApiError;

/// What the caller may do with print runs: hand out copies of `managed`,
/// see the deliveries to the units it `held`s, and confirm them.
pub struct RunReader {
    pub managed: HashSet<i64>,
    pub held: HashSet<i64>,
    pub confirms: bool,
}

impl RunReader {
    pub fn view(&self) -> Reader<'_> {
        Reader {
            managed: &self.managed,
            held: &self.held,
            confirms: self.confirms,
        }
    }
}

/// How the caller reads `rows`.
fn reader(conn: &mut PgConnection, actor: &Actor, rows: &[RunRow]) -> Result<RunReader, ApiError> {
    let held = unit::held_units(conn, actor.unit_id)?;
    let managed = managed_by_unit(
        conn,
        actor,
        rows.iter().map(|r| (r.id, r.unit_id)),
        policy::can_print_materials,
    )?;
    Ok(RunReader {
        managed,
        held: held.into_iter().map(|u| u.0).collect(),
        confirms: policy::can_confirm_receipt(actor, Reach::Within),
    })
}

/// The run, if printed in the caller's scope or with copies handed to a
/// unit the caller holds; 404 otherwise.
pub fn readable_run(
    conn: &mut PgConnection,
    actor: &Actor,
    id: MaterialRunId,
) -> Result<(RunRow, RunReader), ApiError> {
    let row = material::find_run(conn, id)?;
    let found = reader(conn, actor, std::slice::from_ref(&row))?;
    let printed_here = reach(conn, actor, UnitId(row.unit_id))? == Reach::Within;
    let received = material::deliveries(conn, &[row.id])?
        .iter()
        .any(|d| found.held.contains(&d.unit_id));
    unless(actor.is_admin() || printed_here || received)?;
    Ok((row, found))
}

/// The runs printed in the caller's units or handed to them, optionally
/// of some plan tasks only.
pub fn listed_runs(
    conn: &mut PgConnection,
    actor: &Actor,
    tasks: Option<&[i64]>,
) -> Result<(Vec<RunRow>, RunReader), ApiError> {
    let units = unit::held_units(conn, actor.unit_id)?;
    let rows = material::list_runs(conn, &units, &units, tasks)?;
    let found = reader(conn, actor, &rows)?;
    Ok((rows, found))
}
