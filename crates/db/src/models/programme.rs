use diesel::prelude::*;
use hgcs_domain::ProgrammeId;
use hgcs_domain::api::programmes::Programme;

use crate::schema::programmes;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = programmes, check_for_backend(diesel::pg::Pg))]
pub struct ProgrammeRow {
    pub id: i64,
    pub decision: String,
    pub decided_on: chrono::NaiveDate,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
}

impl From<ProgrammeRow> for Programme {
    fn from(row: ProgrammeRow) -> Self {
        Programme {
            id: ProgrammeId(row.id),
            decision: row.decision,
            decided_on: row.decided_on,
            name: row.name,
            first_year: row.first_year,
            last_year: row.last_year,
        }
    }
}

/// Every programme, the oldest first.
pub fn all(conn: &mut PgConnection) -> QueryResult<Vec<Programme>> {
    let rows = programmes::table
        .order((programmes::first_year, programmes::id))
        .select(ProgrammeRow::as_select())
        .load(conn)?;
    Ok(rows.into_iter().map(Programme::from).collect())
}

/// Whether some programme holds `year`.
pub fn holds(conn: &mut PgConnection, year: i32) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        programmes::table
            .filter(programmes::first_year.le(year))
            .filter(programmes::last_year.ge(year)),
    ))
    .get_result(conn)
}
