//! The written record of a successful mediation (biên bản hòa giải thành),
//! with the national header of NĐ 30/2020/NĐ-CP and its eight parts.

use chrono::NaiveDate;
use docx_rs::{AlignmentType, Docx, PageMargin, Paragraph};
use hgcs_domain::api::records::SuccessRecord;

use super::{centered_bold, font, line, pack, run};
use crate::error::ApiError;

pub struct RecordHeading<'a> {
    pub team_name: &'a str,
    pub place: &'a str,
    pub day: NaiveDate,
    pub entry_no: i32,
}

pub fn success_record_docx(
    heading: &RecordHeading<'_>,
    record: &SuccessRecord,
) -> Result<Vec<u8>, ApiError> {
    let parts = [
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
    ];
    let date_line = format!(
        "{}, ngày {:02} tháng {:02} năm {}",
        heading.place,
        heading.day.format("%d"),
        heading.day.format("%m"),
        heading.day.format("%Y")
    );
    let mut document = Docx::new()
        .default_fonts(font())
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1701)
                .right(1134),
        )
        .add_paragraph(centered_bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        .add_paragraph(centered_bold("Độc lập – Tự do – Hạnh phúc"))
        .add_paragraph(
            Paragraph::new()
                .add_run(run(&date_line).italic())
                .align(AlignmentType::Right),
        )
        .add_paragraph(centered_bold("BIÊN BẢN HÒA GIẢI THÀNH"))
        .add_paragraph(
            Paragraph::new()
                .add_run(run(&format!(
                    "(Vụ việc số {} – {})",
                    heading.entry_no, heading.team_name
                )))
                .align(AlignmentType::Center),
        );
    for (number, (title, text)) in parts.iter().enumerate() {
        document = document.add_paragraph(
            Paragraph::new().add_run(run(&format!("{}. {title}", number + 1)).bold()),
        );
        for paragraph in text.lines() {
            document = document.add_paragraph(line(paragraph));
        }
    }
    pack(document)
}
