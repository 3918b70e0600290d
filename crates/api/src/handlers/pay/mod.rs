//! Pay per case (thù lao): rates set by the province with an effective date, claims by team leaders, decisions and payments by the ward.

pub mod create_claim;
pub mod create_rate;
pub mod decide_claim;
pub mod list_claims;
pub mod list_rates;
pub mod record_payment;
