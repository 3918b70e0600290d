use hgcs_domain::PlanId;
use hgcs_domain::api::reviews::{FinalReview, FinalReviewInput};

use super::{Api, ApiError};

/// Where a plan's final review downloads as a Word report.
pub fn review_docx_url(plan: PlanId) -> String {
    format!("/api/v1/plans/{plan}/final-review/docx")
}

impl Api {
    pub async fn final_review(&self, plan: PlanId) -> Result<FinalReview, ApiError> {
        self.get(&format!("/plans/{plan}/final-review"), Vec::new())
            .await
    }

    /// Saves the review as read at `version` (0 before the first save).
    pub async fn save_final_review(
        &self,
        plan: PlanId,
        version: i32,
        input: &FinalReviewInput,
    ) -> Result<FinalReview, ApiError> {
        let (review, _) = self
            .put(&format!("/plans/{plan}/final-review"), version, input)
            .await?;
        Ok(review)
    }
}
