//! Budget lines of plans, the spending from them and its vouchers; the
//! paid pay claims a line may book.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::auto_type;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::api::budget::BudgetLineInput;
use hgcs_domain::mediation::ClaimStatus;
use hgcs_domain::{BudgetLineId, PlanId, SpendingId};

use super::case_read::{Scope, within};
use super::fixed_sql::{FixedSql, fixed_sql};
use super::written_limit::WrittenLimit;
use crate::schema::{
    budget_lines, budget_spending, budget_vouchers, cases, mediation_teams, pay_claims, plan_tasks,
    users,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = budget_lines, check_for_backend(diesel::pg::Pg))]
pub struct LineRow {
    pub id: i64,
    pub plan_id: i64,
    pub task_id: Option<i64>,
    pub source: String,
    pub title: String,
    pub allocated_vnd: i64,
    pub note: String,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = budget_lines, treat_none_as_null = true)]
pub struct LineValues {
    pub task_id: Option<i64>,
    pub source: String,
    pub title: String,
    pub allocated_vnd: i64,
    pub note: String,
}

impl From<&BudgetLineInput> for LineValues {
    fn from(input: &BudgetLineInput) -> Self {
        LineValues {
            task_id: input.task_id.map(|t| t.0),
            source: input.source.as_str().to_owned(),
            title: input.title.clone(),
            allocated_vnd: input.allocated_vnd,
            note: input.note.clone(),
        }
    }
}

/// What a line's spending adds up to, read with the line.
const SPENT: FixedSql<BigInt> = fixed_sql(
    "(SELECT COALESCE(SUM(s.amount_vnd), 0)::int8 FROM budget_spending s \
      WHERE s.line_id = budget_lines.id)",
);

/// A line with its task's code, title and place in the plan, and what
/// was spent from it, in one statement.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct Listed {
    #[diesel(embed)]
    pub row: LineRow,
    #[diesel(select_expression = plan_tasks::code.nullable())]
    pub task_code: Option<String>,
    #[diesel(select_expression = plan_tasks::title.nullable())]
    pub task_title: Option<String>,
    #[diesel(select_expression = plan_tasks::position.nullable())]
    pub task_position: Option<i32>,
    #[diesel(select_expression = SPENT)]
    #[diesel(select_expression_type = FixedSql<BigInt>)]
    pub spent: i64,
}

#[auto_type(no_type_alias)]
fn joined() -> _ {
    budget_lines::table
        .left_join(plan_tasks::table.on(plan_tasks::id.nullable().eq(budget_lines::task_id)))
}

pub fn insert_line(
    conn: &mut PgConnection,
    plan: PlanId,
    values: &LineValues,
    by: i64,
) -> QueryResult<i64> {
    diesel::insert_into(budget_lines::table)
        .values((
            values,
            budget_lines::plan_id.eq(plan.0),
            budget_lines::created_by.eq(by),
        ))
        .returning(budget_lines::id)
        .get_result(conn)
}

pub fn update_line(
    conn: &mut PgConnection,
    id: BudgetLineId,
    values: &LineValues,
) -> QueryResult<usize> {
    diesel::update(budget_lines::table.find(id.0))
        .set((values, budget_lines::updated_at.eq(Utc::now())))
        .execute(conn)
}

/// The line, locked until the transaction ends: whoever spends from it or
/// changes its allocation waits, so what is left is read once and holds.
pub fn lock_line(conn: &mut PgConnection, id: BudgetLineId) -> QueryResult<Listed> {
    budget_lines::table
        .find(id.0)
        .select(budget_lines::id)
        .for_update()
        .first::<i64>(conn)?;
    find_line(conn, id)
}

pub fn find_line(conn: &mut PgConnection, id: BudgetLineId) -> QueryResult<Listed> {
    joined()
        .filter(budget_lines::id.eq(id.0))
        .select(Listed::as_select())
        .first(conn)
}

/// The plan's lines: its own first, then by its tasks' order.
pub fn lines_of_plan(conn: &mut PgConnection, plan: PlanId) -> QueryResult<Vec<Listed>> {
    joined()
        .filter(budget_lines::plan_id.eq(plan.0))
        .select(Listed::as_select())
        .order((
            plan_tasks::position.nullable().asc().nulls_first(),
            budget_lines::id,
        ))
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = budget_spending, check_for_backend(diesel::pg::Pg))]
pub struct SpendingRow {
    pub id: i64,
    pub line_id: i64,
    pub spent_on: NaiveDate,
    pub purpose: String,
    pub amount_vnd: i64,
    pub pay_claim_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = budget_spending)]
pub struct NewSpendingRow {
    pub line_id: i64,
    pub spent_on: NaiveDate,
    pub purpose: String,
    pub amount_vnd: i64,
    pub pay_claim_id: Option<i64>,
    pub recorded_by: i64,
}

pub fn insert_spending(conn: &mut PgConnection, rows: &[NewSpendingRow]) -> QueryResult<usize> {
    diesel::insert_into(budget_spending::table)
        .values(rows)
        .execute(conn)
}

pub fn find_spending(conn: &mut PgConnection, id: SpendingId) -> QueryResult<SpendingRow> {
    budget_spending::table
        .find(id.0)
        .select(SpendingRow::as_select())
        .first(conn)
}

/// Removes a spending and its vouchers' rows (the files stay: stored by
/// content, another record may hold the same one).
pub fn delete_spending(conn: &mut PgConnection, id: SpendingId) -> QueryResult<usize> {
    diesel::delete(budget_spending::table.find(id.0)).execute(conn)
}

/// A paid claim with its case's logbook number and team.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct ClaimListed {
    #[diesel(select_expression = pay_claims::id)]
    pub id: i64,
    #[diesel(select_expression = pay_claims::case_id)]
    pub case_id: i64,
    #[diesel(select_expression = cases::entry_no)]
    pub entry_no: i32,
    #[diesel(select_expression = mediation_teams::name)]
    pub team_name: String,
    #[diesel(select_expression = pay_claims::amount_vnd)]
    pub amount_vnd: i64,
    #[diesel(select_expression = pay_claims::paid_on)]
    pub paid_on: Option<NaiveDate>,
}

/// A spending with who recorded it and the claim it books, if any.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct SpendingListed {
    #[diesel(embed)]
    pub row: SpendingRow,
    #[diesel(select_expression = users::display_name)]
    pub recorded_by_name: String,
    #[diesel(select_expression = cases::entry_no.nullable())]
    pub entry_no: Option<i32>,
    #[diesel(select_expression = cases::id.nullable())]
    pub case_id: Option<i64>,
    #[diesel(select_expression = mediation_teams::name.nullable())]
    pub team_name: Option<String>,
}

/// The spending of some lines, oldest first, with the claims booked, in
/// one statement.
pub fn spending_of_lines(
    conn: &mut PgConnection,
    lines: &[i64],
) -> QueryResult<Vec<SpendingListed>> {
    budget_spending::table
        .inner_join(users::table.on(users::id.eq(budget_spending::recorded_by)))
        .left_join(
            pay_claims::table.on(pay_claims::id.nullable().eq(budget_spending::pay_claim_id)),
        )
        .left_join(cases::table.on(cases::id.eq(pay_claims::case_id)))
        .left_join(mediation_teams::table.on(mediation_teams::id.eq(cases::team_id)))
        .filter(budget_spending::line_id.eq_any(lines))
        .select(SpendingListed::as_select())
        .order((budget_spending::spent_on, budget_spending::id))
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = budget_vouchers, check_for_backend(diesel::pg::Pg))]
pub struct VoucherRow {
    pub id: i64,
    pub spending_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
}

pub fn add_voucher(
    conn: &mut PgConnection,
    spending: SpendingId,
    (file_name, content_type, size, sha256): (&str, &str, i64, &str),
    by: i64,
) -> QueryResult<usize> {
    diesel::insert_into(budget_vouchers::table)
        .values((
            budget_vouchers::spending_id.eq(spending.0),
            budget_vouchers::file_name.eq(file_name),
            budget_vouchers::content_type.eq(content_type),
            budget_vouchers::size_bytes.eq(size),
            budget_vouchers::sha256.eq(sha256),
            budget_vouchers::uploaded_by.eq(by),
        ))
        .execute(conn)
}

pub fn find_voucher(conn: &mut PgConnection, id: i64) -> QueryResult<VoucherRow> {
    budget_vouchers::table
        .find(id)
        .select(VoucherRow::as_select())
        .first(conn)
}

/// The vouchers of many spendings, in one statement.
pub fn vouchers(conn: &mut PgConnection, spending: &[i64]) -> QueryResult<Vec<VoucherRow>> {
    budget_vouchers::table
        .filter(budget_vouchers::spending_id.eq_any(spending))
        .select(VoucherRow::as_select())
        .order(budget_vouchers::id)
        .load(conn)
}

/// Paid claims of cases within `scope`, paid within `period`, booked on
/// no line: all of them (up to `limit`), or those of `ids`.
pub fn unbooked_claims(
    conn: &mut PgConnection,
    scope: Scope,
    period: (NaiveDate, NaiveDate),
    ids: Option<&[i64]>,
    limit: i64,
) -> QueryResult<Vec<ClaimListed>> {
    let mut query = pay_claims::table
        .inner_join(cases::table.on(cases::id.eq(pay_claims::case_id)))
        .inner_join(mediation_teams::table.on(mediation_teams::id.eq(cases::team_id)))
        .filter(pay_claims::status.eq(ClaimStatus::Paid.as_str()))
        .filter(pay_claims::paid_on.between(period.0, period.1))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            budget_spending::table
                .filter(budget_spending::pay_claim_id.eq(pay_claims::id.nullable())),
        )))
        .select(ClaimListed::as_select())
        .into_boxed();
    query = within!(query, scope, pay_claims);
    if let Some(ids) = ids {
        query = query.filter(pay_claims::id.eq_any(ids));
    }
    query
        .order((pay_claims::paid_on, pay_claims::id))
        .written_limit(limit)
        .load(conn)
}
