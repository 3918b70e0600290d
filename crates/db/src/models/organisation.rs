use diesel::prelude::*;
use hgcs_domain::api::units::{Organisation, OrganisationQuery, OrganisationSummary};
use hgcs_domain::{OrganisationId, OrganisationKind, UnitId};

use super::parse_word;
use crate::schema::organisations;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = organisations, check_for_backend(diesel::pg::Pg))]
pub struct OrganisationRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub kind: String,
    pub unit_id: i64,
}

impl OrganisationRow {
    pub fn kind(&self) -> QueryResult<OrganisationKind> {
        parse_word(&self.kind, OrganisationKind::parse)
    }

    pub fn summary(&self) -> QueryResult<OrganisationSummary> {
        Ok(OrganisationSummary {
            id: OrganisationId(self.id),
            name: self.name.clone(),
            kind: self.kind()?,
        })
    }

    pub fn into_dto(self) -> QueryResult<Organisation> {
        Ok(Organisation {
            id: OrganisationId(self.id),
            kind: self.kind()?,
            code: self.code,
            name: self.name,
            short_name: self.short_name,
            unit_id: UnitId(self.unit_id),
        })
    }
}

pub fn find(conn: &mut PgConnection, id: OrganisationId) -> QueryResult<OrganisationRow> {
    organisations::table
        .find(id.0)
        .select(OrganisationRow::as_select())
        .first(conn)
}

/// The organisations of `ids`.
pub fn many(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<OrganisationRow>> {
    organisations::table
        .filter(organisations::id.eq_any(ids))
        .select(OrganisationRow::as_select())
        .load(conn)
}

/// Organisations matching `filter` whose unit is one of `among` (all when
/// `None`), by name.
pub fn list(
    conn: &mut PgConnection,
    filter: &OrganisationQuery,
    among: Option<&[UnitId]>,
) -> QueryResult<Vec<OrganisationRow>> {
    let mut query = organisations::table
        .select(OrganisationRow::as_select())
        .into_boxed();
    if let Some(ids) = among {
        query = query
            .filter(organisations::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    if let Some(unit) = filter.unit_id {
        query = query.filter(organisations::unit_id.eq(unit.0));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(organisations::kind.eq(kind.as_str()));
    }
    query
        .order((organisations::name.asc(), organisations::id.asc()))
        .load(conn)
}
