use hgcs_domain::api::pilots::{
    Commendation, CommendationDecision, CommendationInput, Pilot, PilotEvaluationInput, PilotInput,
    ReplicationInput,
};
use hgcs_domain::plan::CommendationStatus;
use hgcs_domain::{CommendationId, PilotId, UnitId};

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /commendations filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CommendationFilter {
    pub year: Option<i32>,
    pub status: Option<CommendationStatus>,
    pub unit_id: Option<UnitId>,
}

impl Api {
    pub async fn pilots(
        &self,
        unit_id: Option<UnitId>,
        year: Option<i32>,
    ) -> Result<Vec<Pilot>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "unit_id", unit_id);
        push(&mut query, "year", year);
        self.get("/pilots", query).await
    }

    pub async fn create_pilot(&self, input: &PilotInput) -> Result<Pilot, ApiError> {
        self.post("/pilots", Some(input)).await
    }

    pub async fn evaluate_pilot(
        &self,
        id: PilotId,
        input: &PilotEvaluationInput,
    ) -> Result<Pilot, ApiError> {
        self.put(&format!("/pilots/{id}/evaluation"), input).await
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
        filter: &CommendationFilter,
    ) -> Result<Vec<Commendation>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "year", filter.year);
        push(&mut query, "status", filter.status);
        push(&mut query, "unit_id", filter.unit_id);
        self.get("/commendations", query).await
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
