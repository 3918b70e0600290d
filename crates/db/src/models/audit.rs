//! The audit log: who changed or read what, when and from where. Entries
//! are written in the same transaction as the change they describe, so a
//! change without its entry cannot exist.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::audit::{AuditEntry, AuditQuery};
use hgcs_domain::{ApiClientId, UnitId, UserId};

use super::case_read::{Scope, within};
use super::written_limit::WrittenLimit;
use crate::schema::audit_log;

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewAuditEntry {
    pub actor_user_id: Option<i64>,
    pub actor_client_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub unit_id: Option<i64>,
    pub address: Option<String>,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log, check_for_backend(diesel::pg::Pg))]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_user_id: Option<i64>,
    pub actor_client_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub unit_id: Option<i64>,
    pub address: Option<String>,
    pub details: serde_json::Value,
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> Self {
        AuditEntry {
            id: row.id,
            at: row.at,
            actor_user_id: row.actor_user_id.map(UserId),
            actor_client_id: row.actor_client_id.map(ApiClientId),
            actor_name: row.actor_name,
            action: row.action,
            entity: row.entity,
            entity_id: row.entity_id,
            unit_id: row.unit_id.map(UnitId),
            address: row.address,
            details: row.details,
        }
    }
}

pub fn record(conn: &mut PgConnection, entry: &NewAuditEntry) -> QueryResult<usize> {
    diesel::insert_into(audit_log::table)
        .values(entry)
        .execute(conn)
}

/// Newest first, `limit` rows older than the `cursor` id (keyset paging).
/// Entries within `scope` (the unit columns the database fills on each
/// entry, each the head of an index in id order; entries without a unit,
/// such as sign-ins, only `Everywhere`).
pub fn list(
    conn: &mut PgConnection,
    filter: &AuditQuery,
    scope: &Scope,
    limit: i64,
) -> QueryResult<Vec<AuditRow>> {
    let query = audit_log::table.select(AuditRow::as_select()).into_boxed();
    let mut query = within!(query, scope.clone(), audit_log);
    if let Some(actor) = filter.actor_user_id {
        query = query.filter(audit_log::actor_user_id.eq(actor.0));
    }
    if let Some(entity) = &filter.entity {
        query = query.filter(audit_log::entity.eq(entity));
    }
    if let Some(entity_id) = &filter.entity_id {
        query = query.filter(audit_log::entity_id.eq(entity_id));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_log::action.eq(action));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::at.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_log::at.lt(to));
    }
    if let Some(cursor) = filter.cursor {
        query = query.filter(audit_log::id.lt(cursor));
    }
    query
        .order(audit_log::id.desc())
        .written_limit(limit)
        .load(conn)
}
