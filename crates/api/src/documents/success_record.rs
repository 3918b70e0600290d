//! The written record of a successful mediation (biên bản hòa giải thành):
//! the official heading, its eight parts, and room for the parties and the
//! mediators to sign.

use hgcs_db::PgConnection;
use hgcs_db::models::case::{self, CaseRow};
use hgcs_db::models::{mediator, team};
use hgcs_domain::TeamId;
use hgcs_domain::api::success_records::SuccessRecord;

use super::layout::{
    Heading, Orientation, Signer, body, official_document, section, signature_block,
};
use super::{issuer_of, pack};
use crate::error::ApiError;

/// The symbol after the number: BB for biên bản (NĐ 30/2020, Phụ lục III),
/// HGT for hòa giải thành. The law sets no symbol; change it here if the
/// province uses another.
pub const SYMBOL: &str = "BB-HGT";

/// The record of a successful case, dated the day its success was recorded.
pub fn success_record_docx(
    conn: &mut PgConnection,
    row: &CaseRow,
    record: &SuccessRecord,
) -> Result<Vec<u8>, ApiError> {
    let team = team::find(conn, TeamId(row.team_id))?;
    let issuer = issuer_of(conn, &team)?;
    let parties: Vec<String> = case::parties(conn, &[row.id])?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let mediator_ids: Vec<i64> = case::mediators(conn, &[row.id])?
        .into_iter()
        .map(|(_, m)| m)
        .collect();
    let mediators: Vec<String> = mediator::many(conn, &mediator_ids)?
        .into_iter()
        .map(|m| m.full_name)
        .collect();
    let heading = Heading {
        parent_body: Some(&issuer.parent_body),
        issuer: &team.name,
        number: Some(format!("{:02}/{SYMBOL}", row.entry_no)),
        place: &issuer.place,
        day: row.closed_on.unwrap_or(row.received_on),
        title: "BIÊN BẢN HÒA GIẢI THÀNH",
        subtitle: vec![format!(
            "Vụ việc số {} năm {}",
            row.entry_no,
            row.received_on.format("%Y")
        )],
    };
    let signers = [
        Signer {
            capacity: "Các bên".into(),
            position: String::new(),
            hint: "(Ký hoặc điểm chỉ, ghi rõ họ tên)".into(),
            names: parties,
        },
        Signer {
            capacity: "Hòa giải viên".into(),
            position: String::new(),
            hint: "(Ký, ghi rõ họ tên)".into(),
            names: mediators,
        },
    ];
    let document = official_document(&heading, Orientation::Portrait);
    let document =
        parts(record)
            .iter()
            .enumerate()
            .fold(document, |document, (number, (title, text))| {
                text.lines().filter(|l| !l.trim().is_empty()).fold(
                    document.add_paragraph(section(&format!("{}. {title}", number + 1))),
                    |document, paragraph| document.add_paragraph(body(paragraph)),
                )
            });
    pack(signature_block(document, &signers, Orientation::Portrait))
}

/// The eight parts of Điều 24 Luật Hòa giải ở cơ sở, in order.
fn parts(record: &SuccessRecord) -> [(&'static str, &str); 8] {
    [
        ("Căn cứ tiến hành hòa giải", &record.basis),
        ("Thông tin cơ bản về các bên", &record.parties),
        ("Nội dung chủ yếu của vụ, việc", &record.content),
        ("Diễn biến của quá trình hòa giải", &record.process),
        (
            "Thỏa thuận đạt được và giải pháp thực hiện",
            &record.agreement,
        ),
        ("Quyền và nghĩa vụ của các bên", &record.rights_duties),
        (
            "Phương thức, thời hạn thực hiện thỏa thuận",
            &record.method_deadline,
        ),
        (
            "Chữ ký hoặc điểm chỉ của các bên và của hòa giải viên",
            &record.signatures,
        ),
    ]
}
