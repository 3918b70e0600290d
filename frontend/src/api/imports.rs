use hgcs_domain::api::imports::ImportPreview;
use wasm_bindgen::JsValue;

use super::{Api, ApiError};

impl Api {
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
