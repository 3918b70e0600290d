//! Pay claims with their deadlines.

use chrono::NaiveDate;
use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::pay::PayClaim;
use hgcs_domain::mediation::{
    CLAIM_DECISION_WORKING_DAYS, CLAIM_PAYMENT_WORKING_DAYS, ClaimStatus, working_days_between,
};
use hgcs_domain::{CaseId, TeamId};

use crate::models::case::CaseRow;
use crate::models::parse_word;
use crate::models::pay::{self, ClaimRow};
use crate::models::team;

/// What a claim is shown with: its case and team, and the first day of the
/// rate it used.
pub struct ClaimContext {
    pub rate_from: NaiveDate,
    pub entry_no: i32,
    pub team_id: i64,
    pub team_name: String,
}

/// The claim as sent; deadlines are counted up to `today`.
pub fn claim(row: ClaimRow, context: ClaimContext, today: NaiveDate) -> QueryResult<PayClaim> {
    let status = parse_word(&row.status, ClaimStatus::parse)?;
    Ok(PayClaim {
        id: row.id,
        version: row.version,
        case_id: CaseId(row.case_id),
        entry_no: context.entry_no,
        team_id: TeamId(context.team_id),
        team_name: context.team_name,
        amount_vnd: row.amount_vnd,
        rate_effective_from: context.rate_from,
        claimed_on: row.claimed_on,
        decision_overdue: status == ClaimStatus::Claimed
            && working_days_between(row.claimed_on, today) > CLAIM_DECISION_WORKING_DAYS,
        payment_overdue: status == ClaimStatus::Approved
            && row
                .decided_on
                .is_some_and(|day| working_days_between(day, today) > CLAIM_PAYMENT_WORKING_DAYS),
        status,
        decided_on: row.decided_on,
        reason: row.reason,
        paid_on: row.paid_on,
    })
}

/// One claim on `case`, with the case's team and the claim's rate loaded.
pub fn claim_on_case(
    conn: &mut PgConnection,
    row: ClaimRow,
    case: &CaseRow,
    today: NaiveDate,
) -> QueryResult<PayClaim> {
    let context = ClaimContext {
        rate_from: pay::find_rate(conn, row.rate_id)?.effective_from,
        entry_no: case.entry_no,
        team_id: case.team_id,
        team_name: team::find(conn, TeamId(case.team_id))?.name,
    };
    claim(row, context, today)
}
