use hgcs_domain::EvidenceId;
use hgcs_domain::api::questions::{
    AnswerInput, Question, QuestionInput, QuestionPage, QuestionQuery,
};
use wasm_bindgen::JsValue;

use super::http::query_pairs;
use super::{Api, ApiError};

/// Where a question's attachment downloads from; the cookie authenticates it.
pub fn question_file_url(id: EvidenceId) -> String {
    format!("/api/v1/question-files/{id}")
}

impl Api {
    /// A page of questions on difficult cases; the server ignores accents
    /// in `q`.
    pub async fn questions(&self, query: &QuestionQuery) -> Result<QuestionPage, ApiError> {
        self.get("/questions", query_pairs(query)).await
    }

    pub async fn ask_question(&self, input: &QuestionInput) -> Result<Question, ApiError> {
        self.post("/questions", Some(input)).await
    }

    pub async fn question(&self, id: i64) -> Result<Question, ApiError> {
        self.get(&format!("/questions/{id}"), Vec::new()).await
    }

    pub async fn answer_question(
        &self,
        id: i64,
        input: &AnswerInput,
    ) -> Result<Question, ApiError> {
        self.post(&format!("/questions/{id}/answers"), Some(input))
            .await
    }

    pub async fn close_question(&self, id: i64) -> Result<Question, ApiError> {
        self.post::<(), _>(&format!("/questions/{id}/close"), None)
            .await
    }

    /// Attaches files (each a part named `files`) to an open question.
    pub async fn attach_question_files(
        &self,
        id: i64,
        files: &[web_sys::File],
    ) -> Result<Question, ApiError> {
        let form = web_sys::FormData::new().map_err(|_| ApiError::Network)?;
        for file in files {
            form.append_with_blob_and_filename("files", file, &file.name())
                .map_err(|_: JsValue| ApiError::Network)?;
        }
        self.post_form(&format!("/questions/{id}/files"), form)
            .await
    }
}
