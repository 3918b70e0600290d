//! Pay per case (thù lao): rates set by the province with an effective
//! date, claims by team leaders, decisions and payments by the ward.

pub mod create_claim;
pub mod create_rate;
pub mod decide_claim;
pub mod list_claims;
pub mod list_rates;
pub mod record_payment;

use chrono::NaiveDate;
use hgcs_db::models::pay::ClaimRow;
use hgcs_domain::api::records::PayClaim;
use hgcs_domain::mediation::{
    CLAIM_DECISION_WORKING_DAYS, CLAIM_PAYMENT_WORKING_DAYS, ClaimStatus, working_days_between,
};
use hgcs_domain::{CaseId, TeamId};

use crate::error::ApiError;
use crate::handlers::plans::today;

/// The claim as sent; `rate_from` is the first day of the rate it used.
pub fn claim_dto(
    row: ClaimRow,
    rate_from: NaiveDate,
    entry_no: i32,
    team_id: i64,
    team_name: String,
) -> Result<PayClaim, ApiError> {
    let status = ClaimStatus::parse(&row.status)
        .ok_or_else(|| ApiError::Internal("stored claim status".into()))?;
    let today = today();
    Ok(PayClaim {
        id: row.id,
        case_id: CaseId(row.case_id),
        entry_no,
        team_id: TeamId(team_id),
        team_name,
        amount_vnd: row.amount_vnd,
        rate_effective_from: rate_from,
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
