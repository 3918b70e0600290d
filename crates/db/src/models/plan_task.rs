use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use hgcs_domain::plan::{PlanStatus, TaskStatus};
use hgcs_domain::schedule::Schedule;
use hgcs_domain::{PlanId, TaskId, UnitId};

use super::parse_word;
use crate::schema::{plan_tasks, plans};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = plan_tasks, check_for_backend(diesel::pg::Pg))]
pub struct TaskRow {
    pub id: i64,
    pub plan_id: i64,
    pub code: String,
    pub position: i32,
    pub title: String,
    pub description: String,
    pub schedule: serde_json::Value,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub status: String,
    pub progress: i32,
    pub concerns_wards: bool,
    pub origin_task_id: Option<i64>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = plan_tasks)]
pub struct NewTaskRow {
    pub plan_id: i64,
    pub code: String,
    pub position: i32,
    pub title: String,
    pub description: String,
    pub schedule: serde_json::Value,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub concerns_wards: bool,
    pub origin_task_id: Option<i64>,
}

impl NewTaskRow {
    /// Stores the schedule with the start and due days it implies.
    pub fn new(
        plan: PlanId,
        code: String,
        position: i32,
        title: String,
        schedule: &Schedule,
    ) -> Self {
        Self {
            plan_id: plan.0,
            code,
            position,
            title,
            description: String::new(),
            schedule: serde_json::to_value(schedule).unwrap_or_default(),
            starts_on: schedule.starts_on(),
            due_on: schedule.due_on(),
            concerns_wards: false,
            origin_task_id: None,
        }
    }
}

impl TaskRow {
    pub fn status(&self) -> QueryResult<TaskStatus> {
        parse_word(&self.status, TaskStatus::parse)
    }

    pub fn schedule(&self) -> QueryResult<Schedule> {
        serde_json::from_value(self.schedule.clone())
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
    }

    pub fn task_id(&self) -> TaskId {
        TaskId(self.id)
    }
}

pub fn find(conn: &mut PgConnection, id: TaskId) -> QueryResult<TaskRow> {
    plan_tasks::table
        .find(id.0)
        .select(TaskRow::as_select())
        .first(conn)
}

pub fn for_plan(conn: &mut PgConnection, plan: PlanId) -> QueryResult<Vec<TaskRow>> {
    plan_tasks::table
        .filter(plan_tasks::plan_id.eq(plan.0))
        .select(TaskRow::as_select())
        .order((plan_tasks::position.asc(), plan_tasks::id.asc()))
        .load(conn)
}

/// The tasks of several plans, by plan, then position.
pub fn for_plans(conn: &mut PgConnection, plans: &[i64]) -> QueryResult<Vec<TaskRow>> {
    plan_tasks::table
        .filter(plan_tasks::plan_id.eq_any(plans))
        .select(TaskRow::as_select())
        .order((
            plan_tasks::plan_id.asc(),
            plan_tasks::position.asc(),
            plan_tasks::id.asc(),
        ))
        .load(conn)
}

/// What builds on a task: progress reports (with their evidence), the
/// wards' tasks made from it, and the courses, material runs and library
/// items that serve it.
#[derive(Debug, Clone, Copy, QueryableByName)]
pub struct TaskReferences {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub updates: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub ward_tasks: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub records: i64,
}

impl TaskReferences {
    pub fn any(&self) -> bool {
        self.updates + self.ward_tasks + self.records > 0
    }
}

pub fn references(conn: &mut PgConnection, id: TaskId) -> QueryResult<TaskReferences> {
    diesel::sql_query(
        "SELECT (SELECT count(*) FROM task_updates WHERE task_id = $1) AS updates, \
                (SELECT count(*) FROM plan_tasks WHERE origin_task_id = $1) AS ward_tasks, \
                (SELECT count(*) FROM courses WHERE task_id = $1) \
              + (SELECT count(*) FROM material_runs WHERE task_id = $1) \
              + (SELECT count(*) FROM library_items WHERE task_id = $1) \
              + (SELECT count(*) FROM budget_lines WHERE task_id = $1) AS records",
    )
    .bind::<diesel::sql_types::BigInt, _>(id.0)
    .get_result(conn)
}

/// Removes a task and its parties (nothing else may refer to it: see
/// [`references`]).
pub fn delete(conn: &mut PgConnection, id: TaskId) -> QueryResult<usize> {
    diesel::delete(plan_tasks::table.find(id.0)).execute(conn)
}

pub fn insert(conn: &mut PgConnection, new: &NewTaskRow) -> QueryResult<TaskRow> {
    diesel::insert_into(plan_tasks::table)
        .values(new)
        .returning(TaskRow::as_returning())
        .get_result(conn)
}

/// Rewrites what a manager edits (code, wording, schedule and whether
/// wards take the task over); status, progress and position stay.
pub fn update(conn: &mut PgConnection, id: TaskId, values: &NewTaskRow) -> QueryResult<TaskRow> {
    diesel::update(plan_tasks::table.find(id.0))
        .set((
            plan_tasks::code.eq(&values.code),
            plan_tasks::title.eq(&values.title),
            plan_tasks::description.eq(&values.description),
            plan_tasks::schedule.eq(&values.schedule),
            plan_tasks::starts_on.eq(values.starts_on),
            plan_tasks::due_on.eq(values.due_on),
            plan_tasks::concerns_wards.eq(values.concerns_wards),
            plan_tasks::updated_at.eq(Utc::now()),
        ))
        .returning(TaskRow::as_returning())
        .get_result(conn)
}

/// Puts the plan's tasks in the order of `ids` (every task of the plan,
/// each once: the caller checks), numbering them from 1.
pub fn reorder(conn: &mut PgConnection, plan: PlanId, ids: &[i64]) -> QueryResult<usize> {
    diesel::sql_query(
        "UPDATE plan_tasks t SET position = o.position::int, updated_at = now() \
           FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, position) \
          WHERE t.id = o.id AND t.plan_id = $1 AND t.position <> o.position",
    )
    .bind::<diesel::sql_types::BigInt, _>(plan.0)
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(ids)
    .execute(conn)
}

pub fn set_progress(
    conn: &mut PgConnection,
    id: TaskId,
    status: TaskStatus,
    progress: i32,
) -> QueryResult<TaskRow> {
    diesel::update(plan_tasks::table.find(id.0))
        .set((
            plan_tasks::status.eq(status.as_str()),
            plan_tasks::progress.eq(progress),
            plan_tasks::updated_at.eq(Utc::now()),
        ))
        .returning(TaskRow::as_returning())
        .get_result(conn)
}

pub fn set_schedule(
    conn: &mut PgConnection,
    id: TaskId,
    schedule: &Schedule,
) -> QueryResult<TaskRow> {
    diesel::update(plan_tasks::table.find(id.0))
        .set((
            plan_tasks::schedule.eq(serde_json::to_value(schedule).unwrap_or_default()),
            plan_tasks::starts_on.eq(schedule.starts_on()),
            plan_tasks::due_on.eq(schedule.due_on()),
            plan_tasks::updated_at.eq(Utc::now()),
        ))
        .returning(TaskRow::as_returning())
        .get_result(conn)
}

pub fn next_position(conn: &mut PgConnection, plan: PlanId) -> QueryResult<i32> {
    let max: Option<i32> = plan_tasks::table
        .filter(plan_tasks::plan_id.eq(plan.0))
        .select(diesel::dsl::max(plan_tasks::position))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

/// Open tasks due on or before `until` (overdue ones included) of plans in
/// force whose unit is among `units` (all when `None`), soonest first.
pub fn due(
    conn: &mut PgConnection,
    until: NaiveDate,
    units: Option<&[UnitId]>,
) -> QueryResult<Vec<(TaskRow, i64)>> {
    let mut query = plan_tasks::table
        .inner_join(plans::table)
        .filter(plan_tasks::status.eq_any([
            TaskStatus::NotStarted.as_str(),
            TaskStatus::InProgress.as_str(),
        ]))
        .filter(plan_tasks::due_on.le(until))
        .filter(plans::status.eq(PlanStatus::InForce.as_str()))
        .select((TaskRow::as_select(), plans::unit_id))
        .into_boxed();
    if let Some(ids) = units {
        query = query.filter(plans::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    query
        .order((plan_tasks::due_on.asc(), plan_tasks::id.asc()))
        .load(conn)
}
