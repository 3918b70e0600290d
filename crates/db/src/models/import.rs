use diesel::prelude::*;
use hgcs_domain::UnitId;
use hgcs_domain::mediation::ImportStatus;

use crate::schema::imports;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = imports, check_for_backend(diesel::pg::Pg))]
pub struct ImportRowRecord {
    pub id: i64,
    pub unit_id: i64,
    pub file_name: String,
    pub rows: serde_json::Value,
    pub errors: serde_json::Value,
    pub status: String,
    pub total: i32,
    pub processed: i32,
    pub message: String,
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    file_name: &str,
    rows: &serde_json::Value,
    errors: &serde_json::Value,
    total: i32,
    by: i64,
) -> QueryResult<ImportRowRecord> {
    diesel::insert_into(imports::table)
        .values((
            imports::unit_id.eq(unit.0),
            imports::file_name.eq(file_name),
            imports::rows.eq(rows),
            imports::errors.eq(errors),
            imports::total.eq(total),
            imports::created_by.eq(by),
        ))
        .returning(ImportRowRecord::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: i64) -> QueryResult<ImportRowRecord> {
    imports::table
        .find(id)
        .select(ImportRowRecord::as_select())
        .first(conn)
}

/// Claims the import for writing: only a checked import without problems
/// moves to `committing`, once.
pub fn start(conn: &mut PgConnection, id: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        imports::table
            .find(id)
            .filter(imports::status.eq("checked"))
            .filter(imports::errors.eq(serde_json::json!([]))),
    )
    .set((
        imports::status.eq("committing"),
        imports::updated_at.eq(diesel::dsl::now),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

pub fn progress(conn: &mut PgConnection, id: i64, processed: i32) -> QueryResult<usize> {
    diesel::update(imports::table.find(id))
        .set((
            imports::processed.eq(processed),
            imports::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
}

pub fn finish(
    conn: &mut PgConnection,
    id: i64,
    status: ImportStatus,
    processed: i32,
    message: &str,
) -> QueryResult<usize> {
    diesel::update(imports::table.find(id))
        .set((
            imports::status.eq(status.as_str()),
            imports::processed.eq(processed),
            imports::message.eq(message),
            imports::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
}
