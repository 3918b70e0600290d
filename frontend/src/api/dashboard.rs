use hgcs_domain::api::dashboard::{Dashboard, DashboardQuery};

use super::http::query_pairs;
use super::{Api, ApiError};

/// Where the dashboard's workbook of the same query downloads.
pub fn dashboard_file_url(query: &DashboardQuery) -> String {
    let pairs: Vec<String> = query_pairs(query)
        .into_iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    format!("/api/v1/dashboard/xlsx?{}", pairs.join("&"))
}

impl Api {
    pub async fn dashboard(&self, query: &DashboardQuery) -> Result<Dashboard, ApiError> {
        self.get("/dashboard", query_pairs(query)).await
    }
}
