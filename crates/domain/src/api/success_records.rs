//! Success records (biên bản hòa giải thành) and the follow-up of their execution.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::mediation::Execution;

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
