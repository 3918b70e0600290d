use chrono::NaiveDate;
use hgcs_domain::api::mediation::{
    Case, CaseInput, CasePage, CaseStep, Mediator, MediatorEventInput, MediatorInput, StateCount,
    Team, TeamInput,
};
use hgcs_domain::mediation::{CaseKind, CaseState};
use hgcs_domain::{CaseId, MediatorId, TeamId, UnitId};

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /cases filters; `from` and `to` are days received, both inclusive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseFilter {
    pub team_id: Option<TeamId>,
    pub kind: Option<CaseKind>,
    pub state: Option<CaseState>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only cases assigned more than 3 days ago and not started.
    pub overdue: bool,
}

pub const CASE_PAGE_SIZE: i64 = 50;

pub use hgcs_domain::api::mediation::Notification;

/// Where a team's logbook for `year` downloads from (a DOCX); the session
/// cookie authenticates the plain link.
pub fn logbook_url(team: TeamId, year: i32) -> String {
    format!("/api/v1/teams/{team}/logbook?year={year}")
}

impl Api {
    /// Teams of `unit_id` (or of the caller's unit) and the units below.
    pub async fn teams(&self, unit_id: Option<UnitId>) -> Result<Vec<Team>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "unit_id", unit_id);
        self.get("/teams", query).await
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

    pub async fn cases(
        &self,
        filter: &CaseFilter,
        cursor: Option<String>,
    ) -> Result<CasePage, ApiError> {
        let mut query = Query::new();
        push(&mut query, "team_id", filter.team_id);
        push(&mut query, "kind", filter.kind);
        push(&mut query, "state", filter.state);
        push(&mut query, "from", filter.from);
        push(&mut query, "to", filter.to);
        push(&mut query, "overdue", filter.overdue.then_some(true));
        push(&mut query, "cursor", cursor);
        push(&mut query, "limit", Some(CASE_PAGE_SIZE));
        self.get("/cases", query).await
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
