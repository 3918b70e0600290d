//! Print runs with their units, deliveries and stock.

use std::collections::{HashMap, HashSet};

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::materials::{Delivery, MaterialRun, TaskMaterials};
use hgcs_domain::api::mediators::TeamRef;
use hgcs_domain::{DeliveryId, MaterialRunId, TaskId, TeamId};

use super::Units;
use crate::models::material::{self, DeliveryRow, RunRow};
use crate::models::team;

/// Who reads the runs: the runs they hand out of (every delivery shown),
/// the units they hold (their deliveries shown on other runs), and
/// whether they confirm receipts for those units.
pub struct Reader<'a> {
    pub managed: &'a HashSet<i64>,
    pub held: &'a HashSet<i64>,
    pub confirms: bool,
}

/// Runs in the order given, in a fixed number of queries.
pub fn runs(
    conn: &mut PgConnection,
    rows: Vec<RunRow>,
    reader: &Reader,
) -> QueryResult<Vec<MaterialRun>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let deliveries = material::deliveries(conn, &ids)?;
    let units = Units::load(
        conn,
        rows.iter()
            .map(|r| r.unit_id)
            .chain(deliveries.iter().map(|d| d.unit_id)),
    )?;
    let team_ids: Vec<i64> = deliveries.iter().filter_map(|d| d.team_id).collect();
    let teams: HashMap<i64, String> = team::many(conn, &team_ids)?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let mut by_run: HashMap<i64, Vec<DeliveryRow>> = HashMap::new();
    for row in deliveries {
        by_run.entry(row.run_id).or_default().push(row);
    }
    rows.into_iter()
        .map(|row| {
            let all = by_run.remove(&row.id).unwrap_or_default();
            let distributed: i64 = all.iter().map(|d| i64::from(d.copies)).sum();
            let confirmed: i64 = all
                .iter()
                .filter(|d| d.confirmed_at.is_some())
                .map(|d| i64::from(d.copies))
                .sum();
            let manage = reader.managed.contains(&row.id);
            let deliveries = all
                .into_iter()
                .filter(|d| manage || reader.held.contains(&d.unit_id))
                .map(|d| {
                    Ok(Delivery {
                        id: DeliveryId(d.id),
                        unit: units.get(d.unit_id)?,
                        team: d.team_id.map(|id| TeamRef {
                            id: TeamId(id),
                            name: teams.get(&id).cloned().unwrap_or_default(),
                        }),
                        can_confirm: reader.confirms
                            && d.confirmed_at.is_none()
                            && reader.held.contains(&d.unit_id),
                        copies: d.copies,
                        delivered_on: d.delivered_on,
                        received_by: d.received_by,
                        confirmed_at: d.confirmed_at,
                    })
                })
                .collect::<QueryResult<Vec<_>>>()?;
            Ok(MaterialRun {
                id: MaterialRunId(row.id),
                unit: units.get(row.unit_id)?,
                task_id: row.task_id.map(TaskId),
                stock: i64::from(row.quantity) - distributed,
                distributed,
                confirmed,
                deliveries,
                manage,
                title: row.title,
                edition: row.edition,
                quantity: row.quantity,
                cost_vnd: row.cost_vnd,
                printed_on: row.printed_on,
                version: row.version,
            })
        })
        .collect()
}

/// One run.
pub fn run(conn: &mut PgConnection, row: RunRow, reader: &Reader) -> QueryResult<MaterialRun> {
    runs(conn, vec![row], reader)?
        .pop()
        .ok_or(diesel::result::Error::NotFound)
}

/// A plan task's copies printed, handed out and confirmed.
pub fn task_materials(conn: &mut PgConnection, rows: &[RunRow]) -> QueryResult<TaskMaterials> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let deliveries = material::deliveries(conn, &ids)?;
    let copies = |confirmed_only: bool| {
        deliveries
            .iter()
            .filter(|d| !confirmed_only || d.confirmed_at.is_some())
            .map(|d| i64::from(d.copies))
            .sum()
    };
    Ok(TaskMaterials {
        runs: i64::try_from(rows.len()).unwrap_or(i64::MAX),
        printed: rows.iter().map(|r| i64::from(r.quantity)).sum(),
        distributed: copies(false),
        confirmed: copies(true),
    })
}
