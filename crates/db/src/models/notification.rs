use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::UnitId;

use super::written_limit::WrittenLimit;
use crate::schema::notifications;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notifications, check_for_backend(diesel::pg::Pg))]
pub struct NotificationRow {
    pub id: i64,
    pub unit_id: i64,
    pub kind: String,
    pub case_id: Option<i64>,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    kind: &str,
    case: Option<i64>,
    message: &str,
) -> QueryResult<usize> {
    diesel::insert_into(notifications::table)
        .values((
            notifications::unit_id.eq(unit.0),
            notifications::kind.eq(kind),
            notifications::case_id.eq(case),
            notifications::message.eq(message),
        ))
        .execute(conn)
}

pub fn for_unit(conn: &mut PgConnection, unit: UnitId) -> QueryResult<Vec<NotificationRow>> {
    notifications::table
        .filter(notifications::unit_id.eq(unit.0))
        .select(NotificationRow::as_select())
        .order(notifications::id.desc())
        .written_limit(100)
        .load(conn)
}
