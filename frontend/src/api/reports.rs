use hgcs_domain::ReportId;
use hgcs_domain::api::reports::{
    NewReport, PeriodQuery, Report, ReportInput, ReportOverview, ReportPeriod, ReportQuery,
    ReviewInput,
};

use super::http::query_pairs;
use super::{Api, ApiError};

/// Where the report's workbook or document downloads (`xlsx`, `docx`).
pub fn report_file_url(id: ReportId, kind: &str) -> String {
    format!("/api/v1/reports/{id}/{kind}")
}

impl Api {
    /// The reporting periods of a year, in order.
    pub async fn report_periods(&self, year: i32) -> Result<Vec<ReportPeriod>, ApiError> {
        let query = PeriodQuery { year: Some(year) };
        self.get("/report-periods", query_pairs(&query)).await
    }

    /// Where the caller's unit's report and those reporting to it stand.
    pub async fn report_overview(&self, query: &ReportQuery) -> Result<ReportOverview, ApiError> {
        self.get("/reports", query_pairs(query)).await
    }

    pub async fn create_report(&self, input: &NewReport) -> Result<Report, ApiError> {
        self.post("/reports", Some(input)).await
    }

    pub async fn report(&self, id: ReportId) -> Result<Report, ApiError> {
        self.get(&format!("/reports/{id}"), Vec::new()).await
    }

    /// Writes the number, commentary and estimates of the report as loaded
    /// at `version`.
    pub async fn update_report(
        &self,
        id: ReportId,
        version: i32,
        input: &ReportInput,
    ) -> Result<Report, ApiError> {
        let (report, _) = self.put(&format!("/reports/{id}"), version, input).await?;
        Ok(report)
    }

    /// Sends the report as loaded at `version` to the unit above.
    pub async fn submit_report(&self, id: ReportId, version: i32) -> Result<Report, ApiError> {
        self.post_at::<(), _>(&format!("/reports/{id}/submit"), version, None)
            .await
    }

    /// Accepts or returns the submission the reviewer saw (at `version`).
    pub async fn review_report(
        &self,
        id: ReportId,
        version: i32,
        input: &ReviewInput,
    ) -> Result<Report, ApiError> {
        self.post_at(&format!("/reports/{id}/review"), version, Some(input))
            .await
    }
}
