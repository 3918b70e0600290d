use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::{ExecutionInput, SuccessRecord};

use super::{Api, ApiError};

/// Where a case's success record downloads from (a DOCX; 404 until saved).
pub fn record_docx_url(id: CaseId) -> String {
    format!("/api/v1/cases/{id}/record.docx")
}

impl Api {
    /// Writes the eight parts of a successful case's record, the case as
    /// loaded at `version`; gives the case's new version.
    pub async fn save_record(
        &self,
        case: CaseId,
        version: i32,
        record: &SuccessRecord,
    ) -> Result<(SuccessRecord, Option<i32>), ApiError> {
        self.put(&format!("/cases/{case}/record"), version, record)
            .await
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
