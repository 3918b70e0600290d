use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use hgcs_domain::plan::TaskStatus;
use hgcs_domain::{EvidenceId, TaskId};

use super::organisation::OrganisationRow;
use super::parse_word;
use crate::schema::{evidence_files, organisations, task_updates, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = task_updates, check_for_backend(diesel::pg::Pg))]
pub struct UpdateRow {
    pub id: i64,
    pub task_id: i64,
    pub reported_on: NaiveDate,
    pub body: String,
    pub figures: serde_json::Value,
    pub status: String,
    pub progress: i32,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = task_updates)]
pub struct NewUpdateRow {
    pub task_id: i64,
    pub reported_on: NaiveDate,
    pub body: String,
    pub figures: serde_json::Value,
    pub status: String,
    pub progress: i32,
    pub author_user_id: i64,
    pub author_organisation_id: Option<i64>,
}

impl UpdateRow {
    pub fn status(&self) -> QueryResult<TaskStatus> {
        parse_word(&self.status, TaskStatus::parse)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = evidence_files, check_for_backend(diesel::pg::Pg))]
pub struct EvidenceRow {
    pub id: i64,
    pub update_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = evidence_files)]
pub struct NewEvidenceRow {
    pub update_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: i64,
}

pub fn insert(conn: &mut PgConnection, new: &NewUpdateRow) -> QueryResult<UpdateRow> {
    diesel::insert_into(task_updates::table)
        .values(new)
        .returning(UpdateRow::as_returning())
        .get_result(conn)
}

pub fn insert_evidence(
    conn: &mut PgConnection,
    rows: &[NewEvidenceRow],
) -> QueryResult<Vec<EvidenceRow>> {
    diesel::insert_into(evidence_files::table)
        .values(rows)
        .returning(EvidenceRow::as_returning())
        .get_results(conn)
}

/// A task's updates, oldest first, with the author's name and organisation.
pub fn for_task(
    conn: &mut PgConnection,
    task: TaskId,
) -> QueryResult<Vec<(UpdateRow, String, Option<OrganisationRow>)>> {
    task_updates::table
        .inner_join(users::table.on(users::id.eq(task_updates::author_user_id)))
        .left_join(
            organisations::table.on(organisations::id
                .nullable()
                .eq(task_updates::author_organisation_id)),
        )
        .filter(task_updates::task_id.eq(task.0))
        .select((
            UpdateRow::as_select(),
            users::display_name,
            Option::<OrganisationRow>::as_select(),
        ))
        .order((task_updates::created_at.asc(), task_updates::id.asc()))
        .load(conn)
}

/// The evidence files of the updates of `tasks`, with their task, in one
/// query.
pub fn evidence_of_tasks(
    conn: &mut PgConnection,
    tasks: &[i64],
) -> QueryResult<Vec<(i64, EvidenceRow)>> {
    evidence_files::table
        .inner_join(task_updates::table.on(task_updates::id.eq(evidence_files::update_id)))
        .filter(task_updates::task_id.eq_any(tasks))
        .select((task_updates::task_id, EvidenceRow::as_select()))
        .order(evidence_files::id.asc())
        .load(conn)
}

pub fn evidence_for(conn: &mut PgConnection, updates: &[i64]) -> QueryResult<Vec<EvidenceRow>> {
    evidence_files::table
        .filter(evidence_files::update_id.eq_any(updates))
        .select(EvidenceRow::as_select())
        .order(evidence_files::id.asc())
        .load(conn)
}

/// An evidence file with the task it documents.
pub fn find_evidence(conn: &mut PgConnection, id: EvidenceId) -> QueryResult<(EvidenceRow, i64)> {
    evidence_files::table
        .inner_join(task_updates::table)
        .filter(evidence_files::id.eq(id.0))
        .select((EvidenceRow::as_select(), task_updates::task_id))
        .first(conn)
}
