//! Questions on difficult cases and their answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Role;
use crate::api::plans::Evidence;
use crate::api::units::UnitSummary;
use crate::mediation::QuestionStatus;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Answer {
    pub body: String,
    pub author_name: String,
    pub author_role: Role,
    pub at: DateTime<Utc>,
}

/// A ward's question on a difficult case (task II.3.b): anonymised facts,
/// the answers of the Justice Office or legal partners, kept as guidance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Question {
    pub id: i64,
    pub unit: UnitSummary,
    pub title: String,
    pub facts: String,
    pub status: QuestionStatus,
    pub asked_at: DateTime<Utc>,
    pub answers: Vec<Answer>,
    pub files: Vec<Evidence>,
    pub can_answer: bool,
    pub can_close: bool,
    /// The question's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionInput {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub title: String,
    /// Facts without names, ages or addresses.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub facts: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub body: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct QuestionQuery {
    /// Words of the title, facts or answers; accents and tone placement are ignored.
    pub q: Option<String>,
    pub status: Option<QuestionStatus>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionPage {
    /// Newest asked first.
    pub items: Vec<Question>,
    pub next_cursor: Option<String>,
}
