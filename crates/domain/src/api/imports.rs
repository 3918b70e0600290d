//! Imports of registers: the rows read, their problems, the preview.

use serde::{Deserialize, Serialize};

use crate::mediation::{ImportStatus, Sex};

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
