use hgcs_domain::api::plans::{
    Plan, PlanInput, PlanQuery, PlanSummary, Task, TaskInput, TaskOrder,
};
use hgcs_domain::api::programmes::Programme;
use hgcs_domain::{PlanId, TaskId};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    /// The national programmes, the oldest first.
    pub async fn programmes(&self) -> Result<Vec<Programme>, ApiError> {
        self.get("/programmes", Vec::new()).await
    }

    pub async fn plans(&self, query: &PlanQuery) -> Result<Vec<PlanSummary>, ApiError> {
        self.get("/plans", query_pairs(query)).await
    }

    pub async fn plan(&self, id: PlanId) -> Result<Plan, ApiError> {
        self.get(&format!("/plans/{id}"), Vec::new()).await
    }

    pub async fn create_plan(&self, input: &PlanInput) -> Result<Plan, ApiError> {
        self.post("/plans", Some(input)).await
    }

    /// Rewrites the plan as loaded at `version`.
    pub async fn update_plan(
        &self,
        id: PlanId,
        version: i32,
        input: &PlanInput,
    ) -> Result<Plan, ApiError> {
        let (plan, _) = self.put(&format!("/plans/{id}"), version, input).await?;
        Ok(plan)
    }

    pub async fn add_task(&self, plan: PlanId, input: &TaskInput) -> Result<Task, ApiError> {
        self.post(&format!("/plans/{plan}/tasks"), Some(input))
            .await
    }

    /// Rewrites a task as loaded at `version`.
    pub async fn update_task(
        &self,
        id: TaskId,
        version: i32,
        input: &TaskInput,
    ) -> Result<Task, ApiError> {
        let (task, _) = self.put(&format!("/tasks/{id}"), version, input).await?;
        Ok(task)
    }

    /// Puts the plan's tasks in `order` (every task once), from the plan
    /// as loaded at `version`.
    pub async fn reorder_tasks(
        &self,
        plan: PlanId,
        version: i32,
        order: &TaskOrder,
    ) -> Result<Plan, ApiError> {
        let (plan, _) = self
            .put(&format!("/plans/{plan}/task-order"), version, order)
            .await?;
        Ok(plan)
    }

    /// Next year's plan, a draft copied from this one.
    pub async fn copy_to_next_year(&self, plan: PlanId) -> Result<Plan, ApiError> {
        self.post::<(), Plan>(&format!("/plans/{plan}/next-year"), None)
            .await
    }

    /// A ward official makes their ward's plan from a city plan.
    pub async fn derive_ward_plan(&self, city_plan: PlanId) -> Result<Plan, ApiError> {
        self.post::<(), Plan>(&format!("/plans/{city_plan}/ward-plan"), None)
            .await
    }
}
