use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Date, Integer};
use hgcs_domain::api::plans::{PlanInput, PlanQuery};
use hgcs_domain::plan::PlanStatus;
use hgcs_domain::{PlanId, UnitId};

use super::parse_word;
use crate::schema::plans;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = plans, check_for_backend(diesel::pg::Pg))]
pub struct PlanRow {
    pub id: i64,
    pub unit_id: i64,
    pub parent_plan_id: Option<i64>,
    pub doc_number: String,
    pub doc_type: String,
    pub doc_issuer: String,
    pub issued_on: Option<NaiveDate>,
    pub issued_place: String,
    pub signer_name: String,
    pub signer_title: String,
    pub title: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub purpose: String,
    pub requirements: String,
    pub funding: String,
    pub legal_basis: serde_json::Value,
    pub duties: serde_json::Value,
    pub status: String,
    pub version: i32,
}

/// Everything a plan is written with; used to insert and to update.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = plans)]
pub struct PlanValues {
    pub doc_number: String,
    pub doc_type: String,
    pub doc_issuer: String,
    pub issued_on: Option<NaiveDate>,
    pub issued_place: String,
    pub signer_name: String,
    pub signer_title: String,
    pub title: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub purpose: String,
    pub requirements: String,
    pub funding: String,
    pub legal_basis: serde_json::Value,
    pub duties: serde_json::Value,
    pub status: String,
}

impl From<&PlanInput> for PlanValues {
    /// The values of a plan checked by `PlanInput::validate`.
    fn from(plan: &PlanInput) -> Self {
        PlanValues {
            doc_number: plan.document.number.clone(),
            doc_type: plan.document.doc_type.clone(),
            doc_issuer: plan.document.issuer.clone(),
            issued_on: plan.document.issued_on,
            issued_place: plan.issued_place.clone(),
            signer_name: plan.signer_name.clone(),
            signer_title: plan.signer_title.clone(),
            title: plan.title.clone(),
            period_start: plan.period_start,
            period_end: plan.period_end,
            purpose: plan.purpose.clone(),
            requirements: plan.requirements.clone(),
            funding: plan.funding.clone(),
            legal_basis: serde_json::to_value(&plan.legal_basis).unwrap_or_default(),
            duties: serde_json::to_value(&plan.duties).unwrap_or_default(),
            status: plan.status.as_str().to_owned(),
        }
    }
}

impl PlanRow {
    pub fn status(&self) -> QueryResult<PlanStatus> {
        parse_word(&self.status, PlanStatus::parse)
    }

    pub fn plan_id(&self) -> PlanId {
        PlanId(self.id)
    }

    pub fn unit(&self) -> UnitId {
        UnitId(self.unit_id)
    }
}

pub fn find(conn: &mut PgConnection, id: PlanId) -> QueryResult<PlanRow> {
    plans::table
        .find(id.0)
        .select(PlanRow::as_select())
        .first(conn)
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    parent: Option<PlanId>,
    values: &PlanValues,
    seed_key: Option<&str>,
) -> QueryResult<PlanRow> {
    diesel::insert_into(plans::table)
        .values((
            plans::unit_id.eq(unit.0),
            plans::parent_plan_id.eq(parent.map(|p| p.0)),
            plans::seed_key.eq(seed_key),
            values,
        ))
        .returning(PlanRow::as_returning())
        .get_result(conn)
}

pub fn update(conn: &mut PgConnection, id: PlanId, values: &PlanValues) -> QueryResult<PlanRow> {
    diesel::update(plans::table.find(id.0))
        .set((values, plans::updated_at.eq(diesel::dsl::now)))
        .returning(PlanRow::as_returning())
        .get_result(conn)
}

pub fn find_by_seed_key(conn: &mut PgConnection, key: &str) -> QueryResult<Option<PlanRow>> {
    plans::table
        .filter(plans::seed_key.eq(key))
        .select(PlanRow::as_select())
        .first(conn)
        .optional()
}

/// The plan a unit derived from `parent`, if it made one.
/// The plan copied from `source` for the next year, if there is one.
pub fn copy_of(conn: &mut PgConnection, source: PlanId) -> QueryResult<Option<PlanRow>> {
    plans::table
        .filter(plans::copied_from_plan_id.eq(source.0))
        .select(PlanRow::as_select())
        .first(conn)
        .optional()
}

/// Records that `copy` was copied from `source`.
pub fn mark_copied(conn: &mut PgConnection, copy: PlanId, source: PlanId) -> QueryResult<usize> {
    diesel::update(plans::table.find(copy.0))
        .set(plans::copied_from_plan_id.eq(source.0))
        .execute(conn)
}

pub fn derived(
    conn: &mut PgConnection,
    parent: PlanId,
    unit: UnitId,
) -> QueryResult<Option<PlanRow>> {
    plans::table
        .filter(plans::parent_plan_id.eq(parent.0))
        .filter(plans::unit_id.eq(unit.0))
        .select(PlanRow::as_select())
        .first(conn)
        .optional()
}

/// Plans matching `filter` whose unit is among `units` (all when `None`),
/// newest period first.
pub fn list(
    conn: &mut PgConnection,
    filter: &PlanQuery,
    units: Option<&[UnitId]>,
) -> QueryResult<Vec<PlanRow>> {
    let mut query = plans::table.select(PlanRow::as_select()).into_boxed();
    if let Some(ids) = units {
        query = query.filter(plans::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    if let Some(unit) = filter.unit_id {
        query = query.filter(plans::unit_id.eq(unit.0));
    }
    if let Some(year) = filter.year
        && let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        )
    {
        query = query
            .filter(plans::period_start.le(last))
            .filter(plans::period_end.ge(first));
    }
    if let Some(status) = filter.status {
        query = query.filter(plans::status.eq(status.as_str()));
    }
    if let Some(parent) = filter.parent_plan_id {
        query = query.filter(plans::parent_plan_id.eq(parent.0));
    }
    query
        .order((
            plans::period_start.desc(),
            plans::unit_id.asc(),
            plans::id.asc(),
        ))
        .load(conn)
}

/// How far a plan's tasks are.
#[derive(Debug, Clone, Copy, Default, QueryableByName)]
pub struct PlanStats {
    #[diesel(sql_type = BigInt)]
    pub plan_id: i64,
    #[diesel(sql_type = BigInt)]
    pub task_count: i64,
    #[diesel(sql_type = BigInt)]
    pub done_count: i64,
    #[diesel(sql_type = BigInt)]
    pub overdue_count: i64,
    #[diesel(sql_type = Integer)]
    pub progress: i32,
}

/// Task counts for many plans in one query.
pub fn stats(
    conn: &mut PgConnection,
    ids: &[i64],
    today: NaiveDate,
) -> QueryResult<HashMap<i64, PlanStats>> {
    let rows: Vec<PlanStats> = diesel::sql_query(
        "SELECT plan_id, count(*) AS task_count, \
                count(*) FILTER (WHERE status = 'done') AS done_count, \
                count(*) FILTER (WHERE status IN ('not_started', 'in_progress') AND due_on < $2) AS overdue_count, \
                COALESCE(round(avg(progress) FILTER (WHERE status <> 'cancelled')), 0)::int AS progress \
         FROM plan_tasks WHERE plan_id = ANY($1) GROUP BY plan_id",
    )
    .bind::<Array<BigInt>, _>(ids)
    .bind::<Date, _>(today)
    .load(conn)?;
    Ok(rows.into_iter().map(|row| (row.plan_id, row)).collect())
}

pub fn find_many(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<PlanRow>> {
    plans::table
        .filter(plans::id.eq_any(ids))
        .select(PlanRow::as_select())
        .load(conn)
}
