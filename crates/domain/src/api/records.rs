//! Success records, difficult-case questions, pay claims and imports.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::plans::Evidence;
use crate::api::units::UnitSummary;
use crate::mediation::{ClaimStatus, Execution, ImportStatus, QuestionStatus, Sex};
use crate::{CaseId, Role, TeamId, UnitId};

/// The written record of a successful mediation, in its eight parts
/// (Điều 24 Luật Hòa giải ở cơ sở).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SuccessRecord {
    /// Căn cứ tiến hành hòa giải.
    pub basis: String,
    /// Thông tin cơ bản về các bên.
    pub parties: String,
    /// Nội dung chủ yếu của vụ, việc.
    pub content: String,
    /// Diễn biến của quá trình hòa giải.
    pub process: String,
    /// Thỏa thuận đạt được và giải pháp thực hiện.
    pub agreement: String,
    /// Quyền và nghĩa vụ của các bên.
    pub rights_duties: String,
    /// Phương thức, thời hạn thực hiện thỏa thuận.
    pub method_deadline: String,
    /// Chữ ký hoặc điểm chỉ của các bên và của hòa giải viên.
    pub signatures: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExecutionInput {
    pub execution: Execution,
    pub on: NaiveDate,
    #[serde(default)]
    pub note: String,
}

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
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionInput {
    pub title: String,
    /// Facts without names, ages or addresses.
    pub facts: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    pub body: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct QuestionQuery {
    /// Words of the title, facts or answers; accents and tone placement are ignored.
    pub q: Option<String>,
    pub status: Option<QuestionStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayRate {
    pub id: i64,
    pub unit: UnitSummary,
    pub amount_vnd: i64,
    pub effective_from: NaiveDate,
    /// The province's decision setting the rate.
    pub basis: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayRateInput {
    /// The province (or another unit) the rate applies in.
    pub unit_id: UnitId,
    pub amount_vnd: i64,
    pub effective_from: NaiveDate,
    #[serde(default)]
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PayClaim {
    pub id: i64,
    pub case_id: CaseId,
    pub entry_no: i32,
    pub team_id: TeamId,
    pub team_name: String,
    pub amount_vnd: i64,
    pub rate_effective_from: NaiveDate,
    pub claimed_on: NaiveDate,
    pub status: ClaimStatus,
    pub decided_on: Option<NaiveDate>,
    pub reason: String,
    pub paid_on: Option<NaiveDate>,
    /// Still undecided more than 5 working days after the claim.
    pub decision_overdue: bool,
    /// Approved and unpaid more than 3 working days after the decision.
    pub payment_overdue: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayClaimInput {
    pub case_id: CaseId,
    pub claimed_on: NaiveDate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PayDecision {
    pub approved: bool,
    pub on: NaiveDate,
    /// Required when refusing.
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PaymentInput {
    pub paid_on: NaiveDate,
}

/// One mediator row of an imported register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRow {
    /// Row number in the file (1 is the header).
    pub line: usize,
    pub village: String,
    pub team: String,
    pub full_name: String,
    pub sex: Option<Sex>,
    pub birth_year: Option<i32>,
    pub ethnicity: String,
    pub education: String,
    pub occupation: String,
    pub phone: String,
    pub leader: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportProblem {
    /// Row number in the file; 0 for a whole team.
    pub line: usize,
    pub field: String,
    pub message: String,
}

/// An uploaded register: the rows as read, every problem found, and where
/// writing stands once committed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportPreview {
    pub id: i64,
    pub file_name: String,
    pub status: ImportStatus,
    pub total: i32,
    pub processed: i32,
    pub rows: Vec<ImportRow>,
    pub problems: Vec<ImportProblem>,
    pub message: String,
}
