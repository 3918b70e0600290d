use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::{ExecutionInput, SuccessRecord};

use super::{Api, ApiError};

/// Where a case's success record downloads from (a DOCX; 404 until saved).
pub fn record_docx_url(id: CaseId) -> String {
    format!("/api/v1/cases/{id}/record.docx")
}

impl Api {
    /// Writes the eight parts of a successful case's record.
    pub async fn save_record(
        &self,
        case: CaseId,
        record: &SuccessRecord,
    ) -> Result<SuccessRecord, ApiError> {
        self.put(&format!("/cases/{case}/record"), record).await
    }

    /// The saved record of a successful case (404 until saved).
    pub async fn record(&self, case: CaseId) -> Result<SuccessRecord, ApiError> {
        self.get(&format!("/cases/{case}/record"), Vec::new()).await
    }

    /// Follow-up of a successful case's agreement.
    pub async fn record_execution(
        &self,
        case: CaseId,
        input: &ExecutionInput,
    ) -> Result<Case, ApiError> {
        self.post(&format!("/cases/{case}/execution"), Some(input))
            .await
    }
}
