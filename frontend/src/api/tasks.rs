use hgcs_domain::api::plans::{
    DueList, DueQuery, EventHappened, Task, TaskDetail, TaskUpdate, TaskUpdateInput,
};
use hgcs_domain::{EvidenceId, TaskId};
use wasm_bindgen::JsValue;

use super::http::query_pairs;
use super::{Api, ApiError};

/// Where an evidence file downloads from; the session cookie authenticates it.
pub fn evidence_url(id: EvidenceId) -> String {
    format!("/api/v1/evidence/{id}")
}

impl Api {
    pub async fn task(&self, id: TaskId) -> Result<TaskDetail, ApiError> {
        self.get(&format!("/tasks/{id}"), Vec::new()).await
    }

    /// Removes a task added by mistake (one with history answers 409).
    pub async fn remove_task(&self, id: TaskId) -> Result<(), ApiError> {
        self.delete(&format!("/tasks/{id}")).await
    }

    /// Posts a progress report with its evidence files as one multipart form:
    /// the `update` part holds the JSON, each `files` part one file.
    pub async fn post_update(
        &self,
        task: TaskId,
        update: &TaskUpdateInput,
        files: &[web_sys::File],
    ) -> Result<TaskUpdate, ApiError> {
        let json = serde_json::to_string(update).map_err(|_| ApiError::Decode)?;
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        form.append_with_str("update", &json)
            .map_err(|_: JsValue| ApiError::Network)?;
        for file in files {
            form.append_with_blob_and_filename("files", file, &file.name())
                .map_err(|_: JsValue| ApiError::Network)?;
        }
        self.post_form(&format!("/tasks/{task}/updates"), form)
            .await
    }

    pub async fn record_event(
        &self,
        task: TaskId,
        event: &EventHappened,
    ) -> Result<Task, ApiError> {
        self.post(&format!("/tasks/{task}/event"), Some(event))
            .await
    }

    pub async fn due_tasks(&self, query: &DueQuery) -> Result<DueList, ApiError> {
        self.get("/tasks/due", query_pairs(query)).await
    }
}
