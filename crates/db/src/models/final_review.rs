//! What a plan's keeper wrote in its final review.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::PlanId;
use serde_json::Value;

use crate::schema::{final_reviews, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = final_reviews, check_for_backend(diesel::pg::Pg))]
pub struct ReviewRow {
    pub id: i64,
    pub plan_id: i64,
    pub summary: String,
    pub lessons: String,
    pub proposals: String,
    pub assessments: Value,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = final_reviews)]
pub struct ReviewValues {
    pub summary: String,
    pub lessons: String,
    pub proposals: String,
    pub assessments: Value,
    pub written_by: i64,
}

/// The plan's review with its writer's name, when one was written.
pub fn of_plan(conn: &mut PgConnection, plan: PlanId) -> QueryResult<Option<(ReviewRow, String)>> {
    final_reviews::table
        .inner_join(users::table.on(users::id.eq(final_reviews::written_by)))
        .filter(final_reviews::plan_id.eq(plan.0))
        .select((ReviewRow::as_select(), users::display_name))
        .first(conn)
        .optional()
}

pub fn insert(conn: &mut PgConnection, plan: PlanId, values: &ReviewValues) -> QueryResult<usize> {
    diesel::insert_into(final_reviews::table)
        .values((values, final_reviews::plan_id.eq(plan.0)))
        .execute(conn)
}

pub fn update(conn: &mut PgConnection, id: i64, values: &ReviewValues) -> QueryResult<usize> {
    diesel::update(final_reviews::table.find(id))
        .set((values, final_reviews::updated_at.eq(Utc::now())))
        .execute(conn)
}
