//! The files officials keep: Word documents in the administrative format
//! (every one opens and closes with the layout of NĐ 30/2020/NĐ-CP,
//! `layout`) and Excel workbooks of report figures.

pub mod budget_xlsx;
pub mod certificate;
pub mod dashboard_xlsx;
pub mod feed;
pub mod final_review_docx;
pub mod layout;
pub mod logbook;
pub mod report_docx;
pub mod report_xlsx;
pub mod success_record;
pub mod xlsx;

use actix_web::HttpResponse;
use actix_web::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, TableCell};
use hgcs_db::PgConnection;
use hgcs_db::models::team::TeamRow;
use hgcs_db::models::unit::{self, UnitRow};
use hgcs_domain::{UnitId, UnitLevel};

use crate::error::ApiError;

pub const DOCX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
use layout::BODY_SIZE;

pub fn font() -> RunFonts {
    RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .east_asia("Times New Roman")
        .cs("Times New Roman")
}

pub fn run(text: &str) -> Run {
    Run::new().add_text(text).fonts(font()).size(BODY_SIZE)
}

pub fn centered_bold(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text).bold())
        .align(AlignmentType::Center)
}

pub fn line(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

/// A table cell of one or more lines.
pub fn cell(text: &str) -> TableCell {
    text.lines().fold(TableCell::new(), |cell, line| {
        cell.add_paragraph(Paragraph::new().add_run(run(line).size(22)))
    })
}

pub fn header_cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(
        Paragraph::new()
            .add_run(run(text).size(22).bold())
            .align(AlignmentType::Center),
    )
}

/// A generated file as a download: its type, and its (ASCII) name in
/// `Content-Disposition`.
pub fn attachment(content_type: &str, file_name: &str, bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, content_type.to_owned()))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(bytes)
}

/// Serialises the document.
pub fn pack(document: Docx) -> Result<Vec<u8>, ApiError> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    document
        .build()
        .pack(&mut bytes)
        .map_err(|e| ApiError::Internal(format!("writing a Word document: {e}")))?;
    Ok(bytes.into_inner())
}

/// Who issues a team's documents and where: the team under its ward's
/// People's Committee, dated in the ward (not the village).
pub struct TeamIssuer {
    /// "UBND Phường Bồ Xuyên".
    pub parent_body: String,
    /// The ward or commune, for the place and date line ("Bồ Xuyên").
    pub place: String,
    /// The village or residential group the team serves.
    pub village: String,
    /// The ward or commune's full name ("Phường Bồ Xuyên").
    pub ward: String,
}

/// The ward or commune a unit lies in (the unit itself if it is one).
pub fn ward_of(conn: &mut PgConnection, id: UnitId) -> Result<Option<UnitRow>, ApiError> {
    for id in unit::path(conn, id)? {
        let row = unit::find(conn, id)?;
        if row.level()? == UnitLevel::Commune {
            return Ok(Some(row));
        }
    }
    Ok(None)
}

pub fn issuer_of(conn: &mut PgConnection, team: &TeamRow) -> Result<TeamIssuer, ApiError> {
    let village = unit::find(conn, UnitId(team.unit_id))?;
    let ward = ward_of(conn, UnitId(team.unit_id))?.unwrap_or_else(|| village.clone());
    Ok(TeamIssuer {
        parent_body: format!("UBND {}", ward.name),
        place: layout::place_name(&ward.name, &ward.short_name),
        village: village.name,
        ward: ward.name,
    })
}
