//! A plan's budget (section IV): lines per plan or task and source, the
//! money spent from each with its vouchers, pay per case booked as
//! spending, and the totals.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::budget::FundingSource;
use crate::{BudgetLineId, CaseId, PlanId, SpendingId, TaskId};

/// A budget line as typed: what the money is for, where it comes from
/// and how much was allocated (đồng). Without `task_id` it is the plan's
/// own (coordination, reports, the final review).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BudgetLineInput {
    #[serde(default)]
    pub task_id: Option<TaskId>,
    pub source: FundingSource,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub title: String,
    /// Đồng, not below what was already spent from the line.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10000000000000_i64))]
    pub allocated_vnd: i64,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub note: String,
}

/// The task a line pays for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetTask {
    pub id: TaskId,
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    pub id: BudgetLineId,
    pub plan_id: PlanId,
    /// The task, for a task's line.
    pub task: Option<BudgetTask>,
    pub source: FundingSource,
    pub title: String,
    pub allocated_vnd: i64,
    /// Spending recorded and pay claims booked.
    pub spent_vnd: i64,
    pub remaining_vnd: i64,
    pub note: String,
    /// The line's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

/// Allocated, spent and remaining of a group of lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetTotal {
    pub allocated_vnd: i64,
    pub spent_vnd: i64,
    pub remaining_vnd: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SourceTotal {
    pub source: FundingSource,
    pub total: BudgetTotal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskTotal {
    /// `null` for the lines of the plan itself.
    pub task: Option<BudgetTask>,
    pub total: BudgetTotal,
}

/// A plan's budget: its lines (tasks in the plan's order, the plan's own
/// lines first) and the totals per plan, source and task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanBudget {
    pub plan_id: PlanId,
    pub lines: Vec<BudgetLine>,
    pub total: BudgetTotal,
    /// Each source that has a line.
    pub by_source: Vec<SourceTotal>,
    /// Each task that has a line, in the plan's order.
    pub by_task: Vec<TaskTotal>,
    /// Whether the caller adds lines and records spending.
    pub can_manage: bool,
}

/// Money spent from a line: the day, what for and how much (đồng).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SpendingInput {
    /// Within the plan's period, not after today.
    pub spent_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub purpose: String,
    /// Not more than the line has left.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10000000000000_i64))]
    pub amount_vnd: i64,
}

/// Paid pay claims to book as spending of a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookClaimsInput {
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 500))]
    pub claim_ids: Vec<i64>,
}

/// A voucher (chứng từ) of a spending: an invoice, a receipt, a list
/// signed by those paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Voucher {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
}

/// A paid pay claim: booked on a spending, or waiting to be booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaidClaim {
    pub id: i64,
    pub case_id: CaseId,
    /// The case's number in its team's logbook.
    pub entry_no: i32,
    pub team_name: String,
    pub amount_vnd: i64,
    pub paid_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spending {
    pub id: SpendingId,
    pub spent_on: NaiveDate,
    pub purpose: String,
    pub amount_vnd: i64,
    /// The pay claim this spending is, when it is one.
    pub pay_claim: Option<PaidClaim>,
    pub vouchers: Vec<Voucher>,
    pub recorded_by_name: String,
    pub recorded_at: DateTime<Utc>,
}

/// A line with its spending, oldest first, and, for whoever manages it,
/// the paid claims of the plan's units and period not booked anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLineDetail {
    pub line: BudgetLine,
    /// The plan's number ("08/KH-UBND") and title.
    pub plan_label: String,
    pub plan_title: String,
    /// The plan's period: spending is dated within it.
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub spending: Vec<Spending>,
    pub claims_to_book: Vec<PaidClaim>,
    pub can_manage: bool,
}
