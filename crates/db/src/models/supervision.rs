//! Supervisions by the Fatherland Front and their answers.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::auto_type;
use diesel::prelude::*;
use hgcs_domain::SupervisionId;
use hgcs_domain::api::supervisions::SupervisionQuery;
use hgcs_domain::supervision::SupervisionStatus;

use super::case_read::{Scope, within};
use super::written_limit::WrittenLimit;
use crate::schema::{
    mediation_teams, organisations, plan_tasks, supervision_answers, supervisions, users,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = supervisions, check_for_backend(diesel::pg::Pg))]
pub struct SupervisionRow {
    pub id: i64,
    pub unit_id: i64,
    pub subject: String,
    pub team_id: Option<i64>,
    pub task_id: Option<i64>,
    pub supervised_on: NaiveDate,
    pub findings: String,
    pub recommendations: String,
    pub organisation_id: Option<i64>,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = supervisions)]
pub struct NewSupervisionRow {
    pub unit_id: i64,
    pub subject: String,
    pub team_id: Option<i64>,
    pub task_id: Option<i64>,
    pub supervised_on: NaiveDate,
    pub findings: String,
    pub recommendations: String,
    pub recorded_by: i64,
    pub organisation_id: Option<i64>,
}

/// A supervision with the names of what it refers to, read in the same
/// statement.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct Listed {
    #[diesel(embed)]
    pub row: SupervisionRow,
    #[diesel(select_expression = users::display_name)]
    pub recorded_by_name: String,
    #[diesel(select_expression = mediation_teams::name.nullable())]
    pub team_name: Option<String>,
    #[diesel(select_expression = plan_tasks::plan_id.nullable())]
    pub task_plan_id: Option<i64>,
    #[diesel(select_expression = plan_tasks::code.nullable())]
    pub task_code: Option<String>,
    #[diesel(select_expression = plan_tasks::title.nullable())]
    pub task_title: Option<String>,
    #[diesel(select_expression = organisations::name.nullable())]
    pub organisation_name: Option<String>,
}

#[auto_type(no_type_alias)]
fn joined() -> _ {
    supervisions::table
        .inner_join(users::table.on(users::id.eq(supervisions::recorded_by)))
        .left_join(mediation_teams::table)
        .left_join(plan_tasks::table)
        .left_join(
            organisations::table.on(organisations::id
                .nullable()
                .eq(supervisions::organisation_id)),
        )
}

pub fn insert(conn: &mut PgConnection, new: &NewSupervisionRow) -> QueryResult<i64> {
    diesel::insert_into(supervisions::table)
        .values(new)
        .returning(supervisions::id)
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: SupervisionId) -> QueryResult<Listed> {
    joined()
        .filter(supervisions::id.eq(id.0))
        .select(Listed::as_select())
        .first(conn)
}

/// A page of supervisions within `scope`, newest recorded first, after
/// the cursor `after`.
pub fn list(
    conn: &mut PgConnection,
    filter: &SupervisionQuery,
    scope: Scope,
    after: Option<(DateTime<Utc>, i64)>,
    limit: i64,
) -> QueryResult<Vec<Listed>> {
    let mut query = joined().select(Listed::as_select()).into_boxed();
    query = within!(query, scope, supervisions);
    if let Some(status) = filter.status {
        query = query.filter(supervisions::status.eq(status.as_str()));
    }
    if let Some(subject) = filter.subject {
        query = query.filter(supervisions::subject.eq(subject.as_str()));
    }
    if let Some((at, id)) = after {
        query = query.filter(
            supervisions::created_at
                .lt(at)
                .or(supervisions::created_at.eq(at).and(supervisions::id.lt(id))),
        );
    }
    query
        .order((supervisions::created_at.desc(), supervisions::id.desc()))
        .written_limit(limit)
        .load(conn)
}

/// Adds an answer and marks the supervision answered.
pub fn answer(conn: &mut PgConnection, id: SupervisionId, body: &str, by: i64) -> QueryResult<()> {
    diesel::insert_into(supervision_answers::table)
        .values((
            supervision_answers::supervision_id.eq(id.0),
            supervision_answers::body.eq(body),
            supervision_answers::answered_by.eq(by),
        ))
        .execute(conn)?;
    diesel::update(supervisions::table.find(id.0))
        .set(supervisions::status.eq(SupervisionStatus::Answered.as_str()))
        .execute(conn)?;
    Ok(())
}

/// An answer with its author's name and role.
#[derive(Debug, Clone, Queryable)]
pub struct AnswerRow {
    pub supervision_id: i64,
    pub body: String,
    pub author_name: String,
    pub author_role: String,
    pub at: DateTime<Utc>,
}

/// The answers of many supervisions, oldest first, in one statement.
pub fn answers(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<AnswerRow>> {
    supervision_answers::table
        .inner_join(users::table)
        .filter(supervision_answers::supervision_id.eq_any(ids))
        .select((
            supervision_answers::supervision_id,
            supervision_answers::body,
            users::display_name,
            users::role,
            supervision_answers::created_at,
        ))
        .order(supervision_answers::id)
        .load(conn)
}
