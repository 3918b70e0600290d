use hgcs_domain::api::pilots::{
    Commendation, CommendationDecision, CommendationInput, CommendationQuery, Pilot,
    PilotEvaluationInput, PilotInput, PilotQuery, ReplicationInput,
};
use hgcs_domain::{CommendationId, PilotId};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    pub async fn pilots(&self, query: &PilotQuery) -> Result<Vec<Pilot>, ApiError> {
        self.get("/pilots", query_pairs(query)).await
    }

    pub async fn create_pilot(&self, input: &PilotInput) -> Result<Pilot, ApiError> {
        self.post("/pilots", Some(input)).await
    }

    /// Evaluates the pilot as loaded at `version`.
    pub async fn evaluate_pilot(
        &self,
        id: PilotId,
        version: i32,
        input: &PilotEvaluationInput,
    ) -> Result<Pilot, ApiError> {
        let (pilot, _) = self
            .put(&format!("/pilots/{id}/evaluation"), version, input)
            .await?;
        Ok(pilot)
    }

    pub async fn replicate_pilot(
        &self,
        id: PilotId,
        input: &ReplicationInput,
    ) -> Result<Pilot, ApiError> {
        self.post(&format!("/pilots/{id}/replications"), Some(input))
            .await
    }

    pub async fn commendations(
        &self,
        query: &CommendationQuery,
    ) -> Result<Vec<Commendation>, ApiError> {
        self.get("/commendations", query_pairs(query)).await
    }

    pub async fn nominate(&self, input: &CommendationInput) -> Result<Commendation, ApiError> {
        self.post("/commendations", Some(input)).await
    }

    pub async fn decide_commendation(
        &self,
        id: CommendationId,
        decision: &CommendationDecision,
    ) -> Result<Commendation, ApiError> {
        self.post(&format!("/commendations/{id}/decision"), Some(decision))
            .await
    }
}
