//! Trainers and materials supplied by legal partners.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::auto_type;
use diesel::prelude::*;
use hgcs_domain::supervision::SupportKind;

use super::case_read::{Scope, within};
use super::written_limit::WrittenLimit;
use crate::schema::{courses, organisations, partner_support, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_support, check_for_backend(diesel::pg::Pg))]
pub struct SupportRow {
    pub id: i64,
    pub unit_id: i64,
    pub kind: String,
    pub course_id: Option<i64>,
    pub supplied_on: NaiveDate,
    pub description: String,
    pub quantity: i32,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = partner_support)]
pub struct NewSupportRow {
    pub unit_id: i64,
    pub kind: String,
    pub course_id: Option<i64>,
    pub supplied_on: NaiveDate,
    pub description: String,
    pub quantity: i32,
    pub recorded_by: i64,
    pub organisation_id: Option<i64>,
}

/// A support with the names it refers to, in the same statement.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct ListedSupport {
    #[diesel(embed)]
    pub row: SupportRow,
    #[diesel(select_expression = users::display_name)]
    pub recorded_by_name: String,
    #[diesel(select_expression = courses::title.nullable())]
    pub course_title: Option<String>,
    #[diesel(select_expression = organisations::name.nullable())]
    pub organisation_name: Option<String>,
}

#[auto_type(no_type_alias)]
fn joined() -> _ {
    partner_support::table
        .inner_join(users::table.on(users::id.eq(partner_support::recorded_by)))
        .left_join(courses::table)
        .left_join(
            organisations::table.on(organisations::id
                .nullable()
                .eq(partner_support::organisation_id)),
        )
}

pub fn insert(conn: &mut PgConnection, new: &NewSupportRow) -> QueryResult<ListedSupport> {
    let id: i64 = diesel::insert_into(partner_support::table)
        .values(new)
        .returning(partner_support::id)
        .get_result(conn)?;
    joined()
        .filter(partner_support::id.eq(id))
        .select(ListedSupport::as_select())
        .first(conn)
}

/// Whose records a list holds: everyone's in the scope, or only those of
/// one recorder (and of its organisation, when it has one).
#[derive(Debug, Clone, Copy)]
pub struct Recorder {
    pub user: i64,
    pub organisation: Option<i64>,
}

/// A page of support within `scope`, newest supplied first, after the
/// cursor `after`.
pub fn list(
    conn: &mut PgConnection,
    scope: Scope,
    own: Option<Recorder>,
    kind: Option<SupportKind>,
    after: Option<(NaiveDate, i64)>,
    limit: i64,
) -> QueryResult<Vec<ListedSupport>> {
    let mut query = joined().select(ListedSupport::as_select()).into_boxed();
    query = within!(query, scope, partner_support);
    if let Some(own) = own {
        query = match own.organisation {
            Some(organisation) => query.filter(
                partner_support::recorded_by
                    .eq(own.user)
                    .or(partner_support::organisation_id.eq(organisation)),
            ),
            None => query.filter(partner_support::recorded_by.eq(own.user)),
        };
    }
    if let Some(kind) = kind {
        query = query.filter(partner_support::kind.eq(kind.as_str()));
    }
    if let Some((day, id)) = after {
        query = query.filter(
            partner_support::supplied_on
                .lt(day)
                .or(partner_support::supplied_on
                    .eq(day)
                    .and(partner_support::id.lt(id))),
        );
    }
    query
        .order((
            partner_support::supplied_on.desc(),
            partner_support::id.desc(),
        ))
        .written_limit(limit)
        .load(conn)
}
