use hgcs_domain::SupervisionId;
use hgcs_domain::api::questions::AnswerInput;
use hgcs_domain::api::supervisions::{
    Supervision, SupervisionInput, SupervisionPage, SupervisionQuery,
};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    /// A page of the supervisions of the caller's scope, newest first.
    pub async fn supervisions(
        &self,
        query: &SupervisionQuery,
    ) -> Result<SupervisionPage, ApiError> {
        self.get("/supervisions", query_pairs(query)).await
    }

    pub async fn record_supervision(
        &self,
        input: &SupervisionInput,
    ) -> Result<Supervision, ApiError> {
        self.post("/supervisions", Some(input)).await
    }

    pub async fn supervision(&self, id: SupervisionId) -> Result<Supervision, ApiError> {
        self.get(&format!("/supervisions/{id}"), Vec::new()).await
    }

    pub async fn answer_supervision(
        &self,
        id: SupervisionId,
        input: &AnswerInput,
    ) -> Result<Supervision, ApiError> {
        self.post(&format!("/supervisions/{id}/answers"), Some(input))
            .await
    }
}
