use hgcs_domain::api::budget::{
    BookClaimsInput, BudgetLine, BudgetLineDetail, BudgetLineInput, PlanBudget, SpendingInput,
};
use hgcs_domain::{BudgetLineId, PlanId, SpendingId};
use wasm_bindgen::JsValue;

use super::{Api, ApiError};

/// Where a plan's budget workbook downloads from; the cookie authenticates it.
pub fn budget_xlsx_url(plan: PlanId) -> String {
    format!("/api/v1/plans/{plan}/budget/xlsx")
}

/// Where a voucher downloads from.
pub fn voucher_url(id: i64) -> String {
    format!("/api/v1/budget-vouchers/{id}")
}

impl Api {
    /// The plan's budget; `None` when the caller reads the plan but not
    /// its money (403).
    pub async fn plan_budget(&self, plan: PlanId) -> Result<Option<PlanBudget>, ApiError> {
        match self.get(&format!("/plans/{plan}/budget"), Vec::new()).await {
            Ok(budget) => Ok(Some(budget)),
            Err(ApiError::Problem { problem, .. }) if problem.status == 403 => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Rewrites the line as read at `version`.
    pub async fn update_budget_line(
        &self,
        id: BudgetLineId,
        version: i32,
        input: &BudgetLineInput,
    ) -> Result<BudgetLine, ApiError> {
        let (line, _) = self
            .put(&format!("/budget-lines/{id}"), version, input)
            .await?;
        Ok(line)
    }

    pub async fn add_budget_line(
        &self,
        plan: PlanId,
        input: &BudgetLineInput,
    ) -> Result<BudgetLine, ApiError> {
        self.post(&format!("/plans/{plan}/budget-lines"), Some(input))
            .await
    }

    pub async fn budget_line(&self, id: BudgetLineId) -> Result<BudgetLineDetail, ApiError> {
        self.get(&format!("/budget-lines/{id}"), Vec::new()).await
    }

    pub async fn record_spending(
        &self,
        line: BudgetLineId,
        input: &SpendingInput,
    ) -> Result<BudgetLineDetail, ApiError> {
        self.post(&format!("/budget-lines/{line}/spending"), Some(input))
            .await
    }

    pub async fn book_claims(
        &self,
        line: BudgetLineId,
        input: &BookClaimsInput,
    ) -> Result<BudgetLineDetail, ApiError> {
        self.post(&format!("/budget-lines/{line}/pay-claims"), Some(input))
            .await
    }

    pub async fn delete_spending(&self, id: SpendingId) -> Result<(), ApiError> {
        self.delete(&format!("/budget-spending/{id}")).await
    }

    /// Attaches vouchers (each a part named `files`) to a spending.
    pub async fn attach_vouchers(
        &self,
        spending: SpendingId,
        files: &[web_sys::File],
    ) -> Result<BudgetLineDetail, ApiError> {
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        for file in files {
            form.append_with_blob_and_filename("files", file, &file.name())
                .map_err(|_: JsValue| ApiError::Network)?;
        }
        self.post_form(&format!("/budget-spending/{spending}/vouchers"), form)
            .await
    }
}
