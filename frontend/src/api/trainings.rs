use hgcs_domain::api::trainings::{
    AttendanceInput, AttendanceSheet, Certificate, Course, CourseInput, CourseQuery,
    InvitationInput, Invitee, SessionAttendance,
};
use hgcs_domain::{CourseId, MediatorId, SessionId};
use wasm_bindgen::JsValue;

use super::http::query_pairs;
use super::{Api, ApiError};

/// Where a mediator's certificate of a course downloads from (a DOCX);
/// the session cookie authenticates the plain link.
pub fn certificate_url(course: CourseId, mediator: MediatorId) -> String {
    format!("/api/v1/courses/{course}/certificates/{mediator}")
}

impl Api {
    pub async fn courses(&self, query: &CourseQuery) -> Result<Vec<Course>, ApiError> {
        self.get("/courses", query_pairs(query)).await
    }

    pub async fn course(&self, id: CourseId) -> Result<Course, ApiError> {
        self.get(&format!("/courses/{id}"), Vec::new()).await
    }

    pub async fn create_course(&self, input: &CourseInput) -> Result<Course, ApiError> {
        self.post("/courses", Some(input)).await
    }

    pub async fn invitees(&self, id: CourseId) -> Result<Vec<Invitee>, ApiError> {
        self.get(&format!("/courses/{id}/invitations"), Vec::new())
            .await
    }

    pub async fn invite(
        &self,
        id: CourseId,
        input: &InvitationInput,
    ) -> Result<Vec<Invitee>, ApiError> {
        self.post(&format!("/courses/{id}/invitations"), Some(input))
            .await
    }

    pub async fn record_attendance(
        &self,
        id: CourseId,
        session: SessionId,
        version: i32,
        input: &AttendanceInput,
    ) -> Result<SessionAttendance, ApiError> {
        let path = format!("/courses/{id}/sessions/{session}/attendance");
        Ok(self.put(&path, version, input).await?.0)
    }

    /// Reads an attendance sheet against the session's invitees; records
    /// nothing.
    pub async fn read_attendance_sheet(
        &self,
        id: CourseId,
        session: SessionId,
        file: &web_sys::File,
    ) -> Result<AttendanceSheet, ApiError> {
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        form.append_with_blob_and_filename("file", file, &file.name())
            .map_err(|_: JsValue| ApiError::Network)?;
        let path = format!("/courses/{id}/sessions/{session}/attendance/sheet");
        self.post_form(&path, form).await
    }

    pub async fn certificates(&self, id: CourseId) -> Result<Vec<Certificate>, ApiError> {
        self.get(&format!("/courses/{id}/certificates"), Vec::new())
            .await
    }

    pub async fn issue_certificates(&self, id: CourseId) -> Result<Vec<Certificate>, ApiError> {
        self.post::<(), _>(&format!("/courses/{id}/certificates"), None)
            .await
    }
}
