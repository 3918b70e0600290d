use hgcs_domain::api::plans::{
    DueList, EventHappened, Task, TaskDetail, TaskUpdate, TaskUpdateInput,
};
use hgcs_domain::{EvidenceId, OrganisationId, TaskId, UnitId};
use wasm_bindgen::JsValue;

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /tasks/due filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DueFilter {
    pub days: Option<i64>,
    pub unit_id: Option<UnitId>,
    pub organisation_id: Option<OrganisationId>,
}

/// Where an evidence file downloads from; the session cookie authenticates it.
pub fn evidence_url(id: EvidenceId) -> String {
    format!("/api/v1/evidence/{id}")
}

impl Api {
    pub async fn task(&self, id: TaskId) -> Result<TaskDetail, ApiError> {
        self.get(&format!("/tasks/{id}"), Vec::new()).await
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

    pub async fn due_tasks(&self, filter: &DueFilter) -> Result<DueList, ApiError> {
        let mut query = Query::new();
        push(&mut query, "days", filter.days);
        push(&mut query, "unit_id", filter.unit_id);
        push(&mut query, "organisation_id", filter.organisation_id);
        self.get("/tasks/due", query).await
    }
}
