//! A plan's budget with its totals, and a line with its spending.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::budget::{
    BudgetLine, BudgetLineDetail, BudgetTask, BudgetTotal, PaidClaim, PlanBudget, SourceTotal,
    Spending, TaskTotal, Voucher,
};
use hgcs_domain::budget::{FundingSource, Sums};
use hgcs_domain::plan::document_label;
use hgcs_domain::{BudgetLineId, CaseId, PlanId, SpendingId, TaskId};

use crate::models::budget::{self, ClaimListed, Listed};
use crate::models::parse_word;
use crate::models::plan::PlanRow;
use crate::models::unit;

fn total(sums: Sums) -> BudgetTotal {
    BudgetTotal {
        allocated_vnd: sums.allocated,
        spent_vnd: sums.spent,
        remaining_vnd: sums.remaining(),
    }
}

fn sums(line: &BudgetLine) -> Sums {
    Sums {
        allocated: line.allocated_vnd,
        spent: line.spent_vnd,
    }
}

pub fn line(listed: Listed) -> QueryResult<BudgetLine> {
    let row = listed.row;
    let task = match (row.task_id, listed.task_code, listed.task_title) {
        (Some(id), Some(code), Some(title)) => Some(BudgetTask {
            id: TaskId(id),
            code,
            title,
        }),
        _ => None,
    };
    let line_sums = Sums {
        allocated: row.allocated_vnd,
        spent: listed.spent,
    };
    Ok(BudgetLine {
        id: BudgetLineId(row.id),
        plan_id: PlanId(row.plan_id),
        task,
        source: parse_word(&row.source, FundingSource::parse)?,
        title: row.title,
        allocated_vnd: row.allocated_vnd,
        spent_vnd: listed.spent,
        remaining_vnd: line_sums.remaining(),
        note: row.note,
        version: row.version,
    })
}

/// The lines as read (the plan's own first, then in the tasks' order)
/// and their totals per plan, source and task.
pub fn plan_budget(plan: PlanId, rows: Vec<Listed>, can_manage: bool) -> QueryResult<PlanBudget> {
    let lines = rows
        .into_iter()
        .map(line)
        .collect::<QueryResult<Vec<_>>>()?;
    let mut plan_sums = Sums::default();
    let mut by_source: HashMap<FundingSource, Sums> = HashMap::new();
    let mut by_task: Vec<(Option<BudgetTask>, Sums)> = Vec::new();
    for line in &lines {
        plan_sums = plan_sums + sums(line);
        let source = by_source.entry(line.source).or_default();
        *source = *source + sums(line);
        match by_task.last_mut() {
            Some((task, task_sums)) if *task == line.task => *task_sums = *task_sums + sums(line),
            _ => by_task.push((line.task.clone(), sums(line))),
        }
    }
    Ok(PlanBudget {
        plan_id: plan,
        total: total(plan_sums),
        by_source: FundingSource::ALL
            .iter()
            .filter_map(|source| {
                by_source.get(source).map(|sums| SourceTotal {
                    source: *source,
                    total: total(*sums),
                })
            })
            .collect(),
        by_task: by_task
            .into_iter()
            .map(|(task, sums)| TaskTotal {
                task,
                total: total(sums),
            })
            .collect(),
        lines,
        can_manage,
    })
}

pub fn paid_claim(claim: ClaimListed) -> PaidClaim {
    PaidClaim {
        id: claim.id,
        case_id: CaseId(claim.case_id),
        entry_no: claim.entry_no,
        team_name: claim.team_name,
        amount_vnd: claim.amount_vnd,
        paid_on: claim.paid_on.unwrap_or_default(),
    }
}

/// The spending of some lines with their vouchers (two statements).
pub fn spending(conn: &mut PgConnection, lines: &[i64]) -> QueryResult<Vec<(i64, Spending)>> {
    let spent = budget::spending_of_lines(conn, lines)?;
    let ids: Vec<i64> = spent.iter().map(|s| s.row.id).collect();
    let mut vouchers: HashMap<i64, Vec<Voucher>> = HashMap::new();
    for voucher in budget::vouchers(conn, &ids)? {
        vouchers
            .entry(voucher.spending_id)
            .or_default()
            .push(Voucher {
                id: voucher.id,
                file_name: voucher.file_name,
                content_type: voucher.content_type,
                size_bytes: voucher.size_bytes,
            });
    }
    Ok(spent
        .into_iter()
        .map(|listed| {
            let row = listed.row;
            let pay_claim = match (row.pay_claim_id, listed.case_id, listed.entry_no) {
                (Some(id), Some(case_id), Some(entry_no)) => Some(PaidClaim {
                    id,
                    case_id: CaseId(case_id),
                    entry_no,
                    team_name: listed.team_name.unwrap_or_default(),
                    amount_vnd: row.amount_vnd,
                    paid_on: row.spent_on,
                }),
                _ => None,
            };
            let spending = Spending {
                id: SpendingId(row.id),
                spent_on: row.spent_on,
                purpose: row.purpose,
                amount_vnd: row.amount_vnd,
                pay_claim,
                vouchers: vouchers.remove(&row.id).unwrap_or_default(),
                recorded_by_name: listed.recorded_by_name,
                recorded_at: row.created_at,
            };
            (row.line_id, spending)
        })
        .collect())
}

/// The line with its spending and, for whoever keeps it, the paid claims
/// of the plan's units and period not booked yet (at most 500).
pub fn line_detail(
    conn: &mut PgConnection,
    listed: Listed,
    plan: &PlanRow,
    can_manage: bool,
) -> QueryResult<BudgetLineDetail> {
    let line = line(listed)?;
    let spending = spending(conn, &[line.id.0])?
        .into_iter()
        .map(|(_, spending)| spending)
        .collect();
    let claims_to_book = if can_manage {
        let scope = unit::scope(conn, plan.unit())?;
        let period = (plan.period_start, plan.period_end);
        budget::unbooked_claims(conn, scope, period, None, 500)?
    } else {
        Vec::new()
    };
    Ok(BudgetLineDetail {
        line,
        plan_label: document_label(&plan.doc_number, &plan.doc_type, &plan.doc_issuer),
        plan_title: plan.title.clone(),
        period_start: plan.period_start,
        period_end: plan.period_end,
        spending,
        claims_to_book: claims_to_book.into_iter().map(paid_claim).collect(),
        can_manage,
    })
}
