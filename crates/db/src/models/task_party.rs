use diesel::prelude::*;
use hgcs_domain::plan::{PartyGroup, PartyRole};
use hgcs_domain::{OrganisationId, TaskId};

use super::organisation::OrganisationRow;
use super::parse_word;
use crate::schema::{organisations, task_parties};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = task_parties, check_for_backend(diesel::pg::Pg))]
pub struct PartyRow {
    pub task_id: i64,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub party_group: Option<String>,
    pub label: String,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = task_parties)]
pub struct NewPartyRow {
    pub task_id: i64,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub party_group: Option<String>,
    pub label: String,
    pub position: i32,
}

impl PartyRow {
    /// The same party on another task (a ward's plan, next year's plan),
    /// at `position` among that task's parties.
    pub fn copied_to(&self, task_id: i64, position: usize) -> NewPartyRow {
        NewPartyRow {
            task_id,
            role: self.role.clone(),
            organisation_id: self.organisation_id,
            party_group: self.party_group.clone(),
            label: self.label.clone(),
            position: i32::try_from(position).unwrap_or(i32::MAX),
        }
    }

    pub fn role(&self) -> QueryResult<PartyRole> {
        parse_word(&self.role, PartyRole::parse)
    }

    pub fn group(&self) -> QueryResult<Option<PartyGroup>> {
        self.party_group
            .as_deref()
            .map(|g| parse_word(g, PartyGroup::parse))
            .transpose()
    }
}

/// The parties of many tasks with their organisations, in plan order.
pub fn for_tasks(
    conn: &mut PgConnection,
    tasks: &[i64],
) -> QueryResult<Vec<(PartyRow, Option<OrganisationRow>)>> {
    task_parties::table
        .left_join(organisations::table)
        .filter(task_parties::task_id.eq_any(tasks))
        .select((
            PartyRow::as_select(),
            Option::<OrganisationRow>::as_select(),
        ))
        .order((task_parties::task_id.asc(), task_parties::position.asc()))
        .load(conn)
}

pub fn insert_all(conn: &mut PgConnection, rows: &[NewPartyRow]) -> QueryResult<usize> {
    diesel::insert_into(task_parties::table)
        .values(rows)
        .execute(conn)
}

/// Makes `rows` the task's parties, in their order.
pub fn replace(conn: &mut PgConnection, task: TaskId, rows: &[NewPartyRow]) -> QueryResult<usize> {
    diesel::delete(task_parties::table.filter(task_parties::task_id.eq(task.0))).execute(conn)?;
    insert_all(conn, rows)
}

/// Organisations that lead a task.
pub fn lead_organisations(
    conn: &mut PgConnection,
    task: TaskId,
) -> QueryResult<Vec<OrganisationId>> {
    let ids: Vec<Option<i64>> = task_parties::table
        .filter(task_parties::task_id.eq(task.0))
        .filter(task_parties::role.eq(PartyRole::Lead.as_str()))
        .select(task_parties::organisation_id)
        .load(conn)?;
    Ok(ids.into_iter().flatten().map(OrganisationId).collect())
}

/// Of `tasks`, those `organisation` leads.
pub fn led_by(
    conn: &mut PgConnection,
    tasks: &[i64],
    organisation: OrganisationId,
) -> QueryResult<std::collections::HashSet<i64>> {
    let led: Vec<i64> = task_parties::table
        .filter(task_parties::task_id.eq_any(tasks))
        .filter(task_parties::role.eq(PartyRole::Lead.as_str()))
        .filter(task_parties::organisation_id.eq(organisation.0))
        .select(task_parties::task_id)
        .load(conn)?;
    Ok(led.into_iter().collect())
}
