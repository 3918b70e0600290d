//! A register import's preview and progress.

use diesel::result::QueryResult;
use hgcs_domain::api::imports::ImportPreview;
use hgcs_domain::mediation::ImportStatus;

use super::stored;
use crate::models::import::ImportRowRecord;
use crate::models::parse_word;

pub fn preview(row: ImportRowRecord) -> QueryResult<ImportPreview> {
    Ok(ImportPreview {
        status: parse_word(&row.status, ImportStatus::parse)?,
        rows: stored(row.rows)?,
        problems: stored(row.errors)?,
        id: row.id,
        file_name: row.file_name,
        total: row.total,
        processed: row.processed,
        message: row.message,
    })
}
