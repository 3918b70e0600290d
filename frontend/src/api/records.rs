use hgcs_domain::CaseId;
use hgcs_domain::api::imports::ImportPreview;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::{ExecutionInput, SuccessRecord};
use wasm_bindgen::JsValue;

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

    /// Uploads a register (one part named `file`) to be checked; nothing
    /// is written to the registry yet.
    pub async fn upload_import(&self, file: &web_sys::File) -> Result<ImportPreview, ApiError> {
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        form.append_with_blob_and_filename("file", file, &file.name())
            .map_err(|_: JsValue| ApiError::Network)?;
        self.post_form("/imports", form).await
    }

    /// Starts writing a checked register (202); 409 while it has problems.
    pub async fn commit_import(&self, id: i64) -> Result<ImportPreview, ApiError> {
        self.post::<(), _>(&format!("/imports/{id}/commit"), None)
            .await
    }

    pub async fn import(&self, id: i64) -> Result<ImportPreview, ApiError> {
        self.get(&format!("/imports/{id}"), Vec::new()).await
    }
}
