use hgcs_domain::LibraryItemId;
use hgcs_domain::api::library::{LibraryItem, LibraryItemInput, LibraryQuery, StateChange};
use hgcs_domain::api::search::{SearchHit, SearchQuery};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    pub async fn library_items(&self, query: &LibraryQuery) -> Result<Vec<LibraryItem>, ApiError> {
        self.get("/library", query_pairs(query)).await
    }

    pub async fn create_library_item(
        &self,
        input: &LibraryItemInput,
    ) -> Result<LibraryItem, ApiError> {
        self.post("/library", Some(input)).await
    }

    pub async fn update_library_item(
        &self,
        id: LibraryItemId,
        version: i32,
        input: &LibraryItemInput,
    ) -> Result<LibraryItem, ApiError> {
        let (item, _) = self.put(&format!("/library/{id}"), version, input).await?;
        Ok(item)
    }

    pub async fn change_library_state(
        &self,
        id: LibraryItemId,
        change: &StateChange,
    ) -> Result<LibraryItem, ApiError> {
        self.post(&format!("/library/{id}/state"), Some(change))
            .await
    }

    /// Attaches files (each a part named `files`) to an item.
    pub async fn attach_library_files(
        &self,
        id: LibraryItemId,
        files: &[web_sys::File],
    ) -> Result<LibraryItem, ApiError> {
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        for file in files {
            form.append_with_blob_and_filename("files", file, &file.name())
                .map_err(|_: wasm_bindgen::JsValue| ApiError::Network)?;
        }
        self.post_form(&format!("/library/{id}/files"), form).await
    }

    pub async fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>, ApiError> {
        self.get("/search", query_pairs(query)).await
    }
}
