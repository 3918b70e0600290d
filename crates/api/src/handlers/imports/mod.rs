//! Importing a ward's register of teams and mediators: upload, a preview
//! with every problem, then one all-or-nothing write whose progress the
//! client follows.

pub mod commit_import;
pub mod create_import;
pub mod get_import;

use hgcs_db::PgConnection;
use hgcs_db::models::import::{self, ImportRowRecord};
use hgcs_domain::api::records::{ImportPreview, ImportProblem, ImportRow};
use hgcs_domain::mediation::ImportStatus;
use hgcs_domain::policy::{self, Actor};

use crate::error::ApiError;

/// The import if it belongs to the caller's ward and the caller keeps teams.
pub fn own_import(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
) -> Result<ImportRowRecord, ApiError> {
    let row = import::find(conn, id)?;
    if row.unit_id != actor.unit_id.0 || !policy::can_manage_team(actor, policy::Reach::Within) {
        return Err(ApiError::Forbidden);
    }
    Ok(row)
}

pub fn preview_of(row: ImportRowRecord) -> Result<ImportPreview, ApiError> {
    let rows: Vec<ImportRow> =
        serde_json::from_value(row.rows).map_err(|e| ApiError::Internal(e.to_string()))?;
    let problems: Vec<ImportProblem> =
        serde_json::from_value(row.errors).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(ImportPreview {
        id: row.id,
        file_name: row.file_name,
        status: ImportStatus::parse(&row.status)
            .ok_or_else(|| ApiError::Internal("stored import status".into()))?,
        total: row.total,
        processed: row.processed,
        rows,
        problems,
        message: row.message,
    })
}
