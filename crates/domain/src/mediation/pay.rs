//! Pay per case: claims and their deadlines.

use super::CaseState;

string_enum! {
    pub enum ClaimStatus {
        Claimed => "claimed",
        Approved => "approved",
        Refused => "refused",
        Paid => "paid",
    }
}

/// The ward decides a pay claim within this many working days…
pub const CLAIM_DECISION_WORKING_DAYS: u32 = 5;
/// …and pays an approved one within this many.
pub const CLAIM_PAYMENT_WORKING_DAYS: u32 = 3;

/// Pay is due for a case that ended: by agreement, at a party's request,
/// or by the mediators' decision that it cannot succeed.
pub fn claimable(state: CaseState) -> bool {
    state.is_closed()
}
