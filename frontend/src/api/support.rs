use hgcs_domain::api::supervisions::{Support, SupportInput, SupportPage, SupportQuery};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    /// A page of what legal partners supplied, newest first.
    pub async fn support(&self, query: &SupportQuery) -> Result<SupportPage, ApiError> {
        self.get("/partner-support", query_pairs(query)).await
    }

    pub async fn record_support(&self, input: &SupportInput) -> Result<Support, ApiError> {
        self.post("/partner-support", Some(input)).await
    }
}
