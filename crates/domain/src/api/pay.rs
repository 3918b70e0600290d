//! Pay per case: rates, claims, decisions and payments.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::api::units::UnitSummary;
use crate::mediation::ClaimStatus;
use crate::{CaseId, TeamId, UnitId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayRate {
    pub id: i64,
    pub unit: UnitSummary,
    pub amount_vnd: i64,
    pub effective_from: NaiveDate,
    /// The province's decision setting the rate.
    pub basis: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayRateInput {
    /// The province (or another unit) the rate applies in.
    pub unit_id: UnitId,
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub amount_vnd: i64,
    pub effective_from: NaiveDate,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub basis: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PayClaimQuery {
    pub status: Option<ClaimStatus>,
    /// Claims of this unit's tree (and of the units it took over); default
    /// the caller's scope.
    pub unit_id: Option<UnitId>,
    /// Paid on or after this day.
    pub paid_from: Option<NaiveDate>,
    /// Paid on or before this day.
    pub paid_to: Option<NaiveDate>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayClaimPage {
    /// Newest claimed first.
    pub items: Vec<PayClaim>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayClaim {
    pub id: i64,
    pub case_id: CaseId,
    pub entry_no: i32,
    pub team_id: TeamId,
    pub team_name: String,
    pub amount_vnd: i64,
    pub rate_effective_from: NaiveDate,
    pub claimed_on: NaiveDate,
    pub status: ClaimStatus,
    pub decided_on: Option<NaiveDate>,
    pub reason: String,
    pub paid_on: Option<NaiveDate>,
    /// Still undecided more than 5 working days after the claim.
    pub decision_overdue: bool,
    /// Approved and unpaid more than 3 working days after the decision.
    pub payment_overdue: bool,
    /// The claim's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayClaimInput {
    pub case_id: CaseId,
    pub claimed_on: NaiveDate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayDecision {
    pub approved: bool,
    pub on: NaiveDate,
    /// Required when refusing.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PaymentInput {
    pub paid_on: NaiveDate,
}
