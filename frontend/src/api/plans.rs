use hgcs_domain::api::plans::{Plan, PlanInput, PlanSummary, Task, TaskInput};
use hgcs_domain::plan::PlanStatus;
use hgcs_domain::{PlanId, UnitId};

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /plans filters; `None` leaves a filter out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanFilter {
    pub unit_id: Option<UnitId>,
    pub year: Option<i32>,
    pub status: Option<PlanStatus>,
    pub parent_plan_id: Option<PlanId>,
}

impl Api {
    pub async fn plans(&self, filter: &PlanFilter) -> Result<Vec<PlanSummary>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "unit_id", filter.unit_id);
        push(&mut query, "year", filter.year);
        push(&mut query, "status", filter.status);
        push(&mut query, "parent_plan_id", filter.parent_plan_id);
        self.get("/plans", query).await
    }

    pub async fn plan(&self, id: PlanId) -> Result<Plan, ApiError> {
        self.get(&format!("/plans/{id}"), Vec::new()).await
    }

    pub async fn create_plan(&self, input: &PlanInput) -> Result<Plan, ApiError> {
        self.post("/plans", Some(input)).await
    }

    #[expect(
        dead_code,
        reason = "no page edits plans yet; kept so the client covers the API"
    )]
    pub async fn update_plan(&self, id: PlanId, input: &PlanInput) -> Result<Plan, ApiError> {
        self.put(&format!("/plans/{id}"), input).await
    }

    #[expect(
        dead_code,
        reason = "no page adds tasks yet; kept so the client covers the API"
    )]
    pub async fn add_task(&self, plan: PlanId, input: &TaskInput) -> Result<Task, ApiError> {
        self.post(&format!("/plans/{plan}/tasks"), Some(input))
            .await
    }

    /// A ward official makes their ward's plan from a city plan.
    pub async fn derive_ward_plan(&self, city_plan: PlanId) -> Result<Plan, ApiError> {
        self.post::<(), Plan>(&format!("/plans/{city_plan}/ward-plan"), None)
            .await
    }
}
