use hgcs_domain::api::pay::{
    PayClaim, PayClaimInput, PayClaimPage, PayClaimQuery, PayDecision, PayRate, PaymentInput,
};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    /// The fee rates in force where the caller works, newest first.
    pub async fn pay_rates(&self) -> Result<Vec<PayRate>, ApiError> {
        self.get("/pay-rates", Vec::new()).await
    }

    /// A page of the claims in the caller's scope, newest first.
    pub async fn pay_claims(&self, query: &PayClaimQuery) -> Result<PayClaimPage, ApiError> {
        self.get("/pay-claims", query_pairs(query)).await
    }

    /// The team leader's claim for a case that ended.
    pub async fn claim_pay(&self, input: &PayClaimInput) -> Result<PayClaim, ApiError> {
        self.post("/pay-claims", Some(input)).await
    }

    pub async fn decide_claim(&self, id: i64, input: &PayDecision) -> Result<PayClaim, ApiError> {
        self.post(&format!("/pay-claims/{id}/decision"), Some(input))
            .await
    }

    pub async fn record_payment(
        &self,
        id: i64,
        input: &PaymentInput,
    ) -> Result<PayClaim, ApiError> {
        self.post(&format!("/pay-claims/{id}/payment"), Some(input))
            .await
    }
}
