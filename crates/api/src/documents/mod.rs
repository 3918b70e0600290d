//! Word documents in the administrative format officials file: A4, Times
//! New Roman, the national header where the decree asks for it.

pub mod logbook;
pub mod success_record;

use docx_rs::{AlignmentType, Docx, Paragraph, Run, RunFonts, TableCell};

use crate::error::ApiError;

pub const DOCX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// Half-points: 13 pt body text, as NĐ 30/2020/NĐ-CP allows (13–14).
const BODY_SIZE: usize = 26;

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

/// Serialises the document.
pub fn pack(document: Docx) -> Result<Vec<u8>, ApiError> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    document
        .build()
        .pack(&mut bytes)
        .map_err(|e| ApiError::Internal(format!("writing a Word document: {e}")))?;
    Ok(bytes.into_inner())
}
