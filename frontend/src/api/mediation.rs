use hgcs_domain::api::mediation::{
    Case, CaseInput, CasePage, CaseQuery, CaseStep, Mediator, MediatorEventInput, MediatorInput,
    StateCount, Team, TeamInput, TeamQuery,
};
use hgcs_domain::api::mediators::{MediatorPage, MediatorQuery};
use hgcs_domain::{CaseId, MediatorId, TeamId};

use super::http::query_pairs;
use super::{Api, ApiError};

/// Rows the web app asks for per page of a paged list.
pub const PAGE_SIZE: i64 = 50;

pub use hgcs_domain::api::mediation::Notification;

/// Where a team's logbook for `year` downloads from (a DOCX); the session
/// cookie authenticates the plain link.
pub fn logbook_url(team: TeamId, year: i32) -> String {
    format!("/api/v1/teams/{team}/logbook?year={year}")
}

impl Api {
    /// Teams of `unit_id` (or of the caller's unit) and the units below.
    pub async fn teams(&self, query: &TeamQuery) -> Result<Vec<Team>, ApiError> {
        self.get("/teams", query_pairs(query)).await
    }

    pub async fn team(&self, id: TeamId) -> Result<Team, ApiError> {
        self.get(&format!("/teams/{id}"), Vec::new()).await
    }

    pub async fn create_team(&self, input: &TeamInput) -> Result<Team, ApiError> {
        self.post("/teams", Some(input)).await
    }

    pub async fn add_member(&self, team: TeamId, input: &MediatorInput) -> Result<Team, ApiError> {
        self.post(&format!("/teams/{team}/members"), Some(input))
            .await
    }

    /// A page of the register of mediators.
    pub async fn mediators(&self, query: &MediatorQuery) -> Result<MediatorPage, ApiError> {
        self.get("/mediators", query_pairs(query)).await
    }

    pub async fn mediator(&self, id: MediatorId) -> Result<Mediator, ApiError> {
        self.get(&format!("/mediators/{id}"), Vec::new()).await
    }

    pub async fn record_mediator_event(
        &self,
        id: MediatorId,
        input: &MediatorEventInput,
    ) -> Result<Mediator, ApiError> {
        self.post(&format!("/mediators/{id}/events"), Some(input))
            .await
    }

    /// A page of cases; `from` and `to` are days received, both inclusive.
    pub async fn cases(&self, query: &CaseQuery) -> Result<CasePage, ApiError> {
        self.get("/cases", query_pairs(query)).await
    }

    pub async fn case_counts(&self) -> Result<Vec<StateCount>, ApiError> {
        self.get("/cases/counts", Vec::new()).await
    }

    pub async fn create_case(&self, input: &CaseInput) -> Result<Case, ApiError> {
        self.post("/cases", Some(input)).await
    }

    pub async fn case(&self, id: CaseId) -> Result<Case, ApiError> {
        self.get(&format!("/cases/{id}"), Vec::new()).await
    }

    pub async fn step_case(&self, id: CaseId, step: &CaseStep) -> Result<Case, ApiError> {
        self.post(&format!("/cases/{id}/steps"), Some(step)).await
    }

    pub async fn notifications(&self) -> Result<Vec<Notification>, ApiError> {
        self.get("/notifications", Vec::new()).await
    }
}
