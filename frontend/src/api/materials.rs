use hgcs_domain::api::materials::{DeliveryInput, MaterialQuery, MaterialRun, MaterialRunInput};
use hgcs_domain::{DeliveryId, MaterialRunId};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    pub async fn material_runs(&self, query: &MaterialQuery) -> Result<Vec<MaterialRun>, ApiError> {
        self.get("/materials", query_pairs(query)).await
    }

    pub async fn material_run(&self, id: MaterialRunId) -> Result<MaterialRun, ApiError> {
        self.get(&format!("/materials/{id}"), Vec::new()).await
    }

    pub async fn create_material_run(
        &self,
        input: &MaterialRunInput,
    ) -> Result<MaterialRun, ApiError> {
        self.post("/materials", Some(input)).await
    }

    pub async fn deliver_materials(
        &self,
        id: MaterialRunId,
        input: &DeliveryInput,
    ) -> Result<MaterialRun, ApiError> {
        self.post(&format!("/materials/{id}/deliveries"), Some(input))
            .await
    }

    pub async fn confirm_receipt(
        &self,
        id: MaterialRunId,
        delivery: DeliveryId,
    ) -> Result<MaterialRun, ApiError> {
        self.post::<(), _>(
            &format!("/materials/{id}/deliveries/{delivery}/receipt"),
            None,
        )
        .await
    }
}
