//! Print runs of material sets and the copies handed out of them.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::sum;
use diesel::prelude::*;
use hgcs_domain::api::materials::{DeliveryInput, MaterialRunInput};
use hgcs_domain::{DeliveryId, MaterialRunId, UnitId, UserId};

use super::written_limit::WrittenLimit;
use crate::schema::{material_deliveries, material_runs};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = material_runs, check_for_backend(diesel::pg::Pg))]
pub struct RunRow {
    pub id: i64,
    pub unit_id: i64,
    pub task_id: Option<i64>,
    pub title: String,
    pub edition: String,
    pub quantity: i32,
    pub cost_vnd: i64,
    pub printed_on: NaiveDate,
    pub version: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = material_deliveries, check_for_backend(diesel::pg::Pg))]
pub struct DeliveryRow {
    pub id: i64,
    pub run_id: i64,
    pub unit_id: i64,
    pub team_id: Option<i64>,
    pub copies: i32,
    pub delivered_on: NaiveDate,
    pub received_by: String,
    pub confirmed_at: Option<DateTime<Utc>>,
}

pub fn insert_run(
    conn: &mut PgConnection,
    input: &MaterialRunInput,
    by: UserId,
) -> QueryResult<RunRow> {
    diesel::insert_into(material_runs::table)
        .values((
            material_runs::unit_id.eq(input.unit_id.0),
            material_runs::task_id.eq(input.task_id.map(|t| t.0)),
            material_runs::title.eq(&input.title),
            material_runs::edition.eq(&input.edition),
            material_runs::quantity.eq(input.quantity),
            material_runs::cost_vnd.eq(input.cost_vnd),
            material_runs::printed_on.eq(input.printed_on),
            material_runs::created_by.eq(by.0),
        ))
        .returning(RunRow::as_returning())
        .get_result(conn)
}

pub fn find_run(conn: &mut PgConnection, id: MaterialRunId) -> QueryResult<RunRow> {
    material_runs::table
        .find(id.0)
        .select(RunRow::as_select())
        .first(conn)
}

/// The run, locked until the transaction ends: copies are handed out of
/// it one delivery at a time.
pub fn lock_run(conn: &mut PgConnection, id: MaterialRunId) -> QueryResult<RunRow> {
    material_runs::table
        .find(id.0)
        .select(RunRow::as_select())
        .for_update()
        .first(conn)
}

/// Runs printed by one of `units`, or with copies handed to one of
/// `received`, optionally serving one of `tasks`; newest first.
pub fn list_runs(
    conn: &mut PgConnection,
    units: &[UnitId],
    received: &[UnitId],
    tasks: Option<&[i64]>,
) -> QueryResult<Vec<RunRow>> {
    let ids = |units: &[UnitId]| units.iter().map(|u| u.0).collect::<Vec<_>>();
    let delivered = material_deliveries::table
        .filter(material_deliveries::unit_id.eq_any(ids(received)))
        .select(material_deliveries::run_id);
    let mut query = material_runs::table
        .filter(
            material_runs::unit_id
                .eq_any(ids(units))
                .or(material_runs::id.eq_any(delivered)),
        )
        .into_boxed();
    if let Some(tasks) = tasks {
        query = query.filter(material_runs::task_id.eq_any(tasks));
    }
    query
        .select(RunRow::as_select())
        .order((material_runs::printed_on.desc(), material_runs::id.desc()))
        .written_limit(500)
        .load(conn)
}

/// Every delivery of the runs `ids`, oldest first.
pub fn deliveries(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<DeliveryRow>> {
    material_deliveries::table
        .filter(material_deliveries::run_id.eq_any(ids))
        .select(DeliveryRow::as_select())
        .order((material_deliveries::run_id, material_deliveries::id))
        .load(conn)
}

/// Copies of the run handed out so far.
pub fn distributed(conn: &mut PgConnection, run: MaterialRunId) -> QueryResult<i64> {
    material_deliveries::table
        .filter(material_deliveries::run_id.eq(run.0))
        .select(sum(material_deliveries::copies))
        .first::<Option<i64>>(conn)
        .map(Option::unwrap_or_default)
}

pub fn insert_delivery(
    conn: &mut PgConnection,
    run: MaterialRunId,
    input: &DeliveryInput,
    by: UserId,
) -> QueryResult<DeliveryRow> {
    diesel::insert_into(material_deliveries::table)
        .values((
            material_deliveries::run_id.eq(run.0),
            material_deliveries::unit_id.eq(input.unit_id.0),
            material_deliveries::team_id.eq(input.team_id.map(|t| t.0)),
            material_deliveries::copies.eq(input.copies),
            material_deliveries::delivered_on.eq(input.delivered_on),
            material_deliveries::received_by.eq(&input.received_by),
            material_deliveries::created_by.eq(by.0),
        ))
        .returning(DeliveryRow::as_returning())
        .get_result(conn)
}

pub fn find_delivery(
    conn: &mut PgConnection,
    run: MaterialRunId,
    id: DeliveryId,
) -> QueryResult<DeliveryRow> {
    material_deliveries::table
        .filter(material_deliveries::run_id.eq(run.0))
        .filter(material_deliveries::id.eq(id.0))
        .select(DeliveryRow::as_select())
        .first(conn)
}

/// Records the ward's receipt once; a second confirmation keeps the first.
pub fn confirm(conn: &mut PgConnection, id: DeliveryId, by: UserId) -> QueryResult<usize> {
    diesel::update(
        material_deliveries::table
            .filter(material_deliveries::id.eq(id.0))
            .filter(material_deliveries::confirmed_at.is_null()),
    )
    .set((
        material_deliveries::confirmed_at.eq(diesel::dsl::now),
        material_deliveries::confirmed_by.eq(by.0),
    ))
    .execute(conn)
}
