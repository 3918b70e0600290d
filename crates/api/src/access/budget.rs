use diesel::OptionalExtension;
use hgcs_db::PgConnection;
use hgcs_db::models::budget::{self, Listed, SpendingRow, VoucherRow};
use hgcs_db::models::plan::PlanRow;
use hgcs_db::models::plan_task;
use hgcs_domain::budget::Sums;
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{BudgetLineId, PlanId, SpendingId, TaskId};

use super::plans::readable_plan;
use super::unless;
use crate::error::ApiError;

/// A budget the caller reads: the plan, and whether the caller keeps its
/// budget. A plan the caller cannot read is 404; one it reads but whose
/// money is not its business (a ward and the city's plan) is 403.
pub fn readable_budget(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
) -> Result<(PlanRow, bool), ApiError> {
    let (plan, reach) = readable_plan(conn, actor, id)?;
    if !policy::can_read_budget(actor, reach) {
        return Err(ApiError::Forbidden);
    }
    let manages = policy::can_manage_budget(actor, plan.unit());
    Ok((plan, manages))
}

/// A budget line the caller reads (404 otherwise, never confirming the
/// id), its plan and whether the caller keeps it. With `lock`, the line
/// stays locked until the transaction ends.
pub fn readable_line(
    conn: &mut PgConnection,
    actor: &Actor,
    id: BudgetLineId,
    lock: bool,
) -> Result<(Listed, PlanRow, bool), ApiError> {
    let line = if lock {
        budget::lock_line(conn, id)?
    } else {
        budget::find_line(conn, id)?
    };
    let (plan, reach) = readable_plan(conn, actor, PlanId(line.row.plan_id))?;
    unless(policy::can_read_budget(actor, reach))?;
    let manages = policy::can_manage_budget(actor, plan.unit());
    Ok((line, plan, manages))
}

/// A line the caller keeps, locked until the transaction ends (see
/// [`readable_line`]), with its plan; 403 to one who only reads it.
pub fn kept_line(
    conn: &mut PgConnection,
    actor: &Actor,
    id: BudgetLineId,
) -> Result<(Listed, PlanRow), ApiError> {
    let (line, plan, manages) = readable_line(conn, actor, id, true)?;
    if !manages {
        return Err(ApiError::Forbidden);
    }
    Ok((line, plan))
}

/// A spending of a line the caller keeps, with the line (locked until the
/// transaction ends) and its plan: 404 when the caller cannot read the
/// line, 403 when it only reads it.
pub fn kept_spending(
    conn: &mut PgConnection,
    actor: &Actor,
    id: SpendingId,
) -> Result<(SpendingRow, Listed, PlanRow), ApiError> {
    let spending = budget::find_spending(conn, id)?;
    let (line, plan) = kept_line(conn, actor, BudgetLineId(spending.line_id))?;
    Ok((spending, line, plan))
}

/// A voucher of a spending whose line the caller reads (404 otherwise).
pub fn readable_voucher(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
) -> Result<VoucherRow, ApiError> {
    let voucher = budget::find_voucher(conn, id)?;
    let spending = budget::find_spending(conn, SpendingId(voucher.spending_id))?;
    readable_line(conn, actor, BudgetLineId(spending.line_id), false)?;
    Ok(voucher)
}

/// Spending `amount` more from `line` must leave it in credit:
/// `over_budget` on `field`, naming what is left, otherwise.
pub fn check_fits(line: &Listed, amount: i64, field: &str, check: &mut Checker) {
    let sums = Sums {
        allocated: line.row.allocated_vnd,
        spent: line.spent,
    };
    check.unless(
        sums.can_spend(amount),
        field,
        Rule::OverBudget {
            left: sums.remaining(),
        },
    );
}

/// A line's task must be one of the plan's: `unknown_reference` otherwise.
pub fn check_line_task(
    conn: &mut PgConnection,
    plan: PlanId,
    task: Option<TaskId>,
    check: &mut Checker,
) -> Result<(), ApiError> {
    if let Some(id) = task {
        let found = plan_task::find(conn, id).optional()?;
        check.unless(
            found.is_some_and(|task| task.plan_id == plan.0),
            "task_id",
            Rule::UnknownReference,
        );
    }
    Ok(())
}
