//! A plan's final review as a Word document in the administrative format
//! (NĐ 30/2020): a report (báo cáo tổng kết) issued by the unit's People's
//! Committee, with the registers' figures, the results of each task with
//! its evidence, the commendations approved, the assessment, lessons and
//! proposals, signed for the committee.

use docx_rs::{Docx, Table, TableLayoutType, TableRow, WidthType};
use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::Lang;
use hgcs_domain::api::reviews::FinalReview;
use hgcs_domain::text::thousands;
use hgcs_domain::time::today;

use super::layout::{
    Heading, Orientation, Signer, body, official_document, place_name, section, signature_block,
};
use super::{cell, header_cell, pack};
use crate::error::ApiError;

fn table(widths: &[usize], header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let width = Orientation::Portrait.text_width();
    let mut all = vec![TableRow::new(
        header.iter().map(|c| header_cell(c)).collect(),
    )];
    for row in rows {
        all.push(TableRow::new(row.iter().map(|c| cell(c)).collect()));
    }
    Table::new(all)
        .set_grid(widths.iter().map(|share| width * share / 100).collect())
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// Paragraphs of a written text, or "Không có." when nothing was written.
fn written(mut document: Docx, text: &str) -> Docx {
    let mut any = false;
    for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
        document = document.add_paragraph(body(paragraph));
        any = true;
    }
    if !any {
        document = document.add_paragraph(body("Không có."));
    }
    document
}

pub fn final_review_docx(
    conn: &mut PgConnection,
    review: &FinalReview,
) -> Result<Vec<u8>, ApiError> {
    let unit = unit::find(conn, review.unit.id)?;
    let committee = format!("Ủy ban nhân dân {}", unit.name);
    let span = |day: chrono::NaiveDate| day.format("%d/%m/%Y").to_string();
    let heading = Heading {
        parent_body: None,
        issuer: &committee,
        number: Some("…/BC-UBND".to_owned()),
        place: &place_name(&unit.name, &unit.short_name),
        day: today(),
        title: "BÁO CÁO",
        subtitle: vec![
            format!("Tổng kết thực hiện Kế hoạch số {}", review.plan_number),
            review.plan_title.clone(),
        ],
    };
    let mut document = official_document(&heading, Orientation::Portrait).add_paragraph(body(
        &format!(
            "Thực hiện Kế hoạch số {} ({}), {} báo cáo tổng kết kết quả thực hiện từ ngày {} đến ngày {} (số liệu đến ngày {}) như sau:",
            review.plan_number,
            review.plan_title,
            committee,
            span(review.period_start),
            span(review.period_end),
            span(review.figures_until),
        ),
    ));
    document = document.add_paragraph(section("I. Kết quả thực hiện các nhiệm vụ"));
    let tasks: Vec<Vec<String>> = review
        .tasks
        .iter()
        .map(|t| {
            let evidence: Vec<&str> = t
                .task
                .evidence
                .iter()
                .map(|e| e.file_name.as_str())
                .collect();
            vec![
                t.task.code.clone(),
                t.task.title.clone(),
                format!("{} ({} %)", t.task.status.label(Lang::Vi), t.task.progress),
                t.assessment.clone(),
                evidence.join("; "),
            ]
        })
        .collect();
    document = if tasks.is_empty() {
        document.add_paragraph(body("Kế hoạch chưa có nhiệm vụ."))
    } else {
        document.add_table(table(
            &[8, 30, 16, 26, 20],
            &["Mã", "Nhiệm vụ", "Tình trạng", "Kết quả", "Minh chứng"],
            tasks,
        ))
    };
    document = document.add_paragraph(section("II. Số liệu từ sổ sách"));
    if !review.predecessors.is_empty() {
        let names: Vec<&str> = review
            .predecessors
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        document = document.add_paragraph(body(&format!(
            "Số liệu gồm cả hồ sơ của các đơn vị trước sắp xếp: {}.",
            names.join(", ")
        )));
    }
    let lines = review
        .lines
        .iter()
        .map(|line| {
            vec![
                line.code.clone(),
                line.label_vi.clone(),
                line.unit_vi.clone(),
                line.actual.map(thousands).unwrap_or_default(),
            ]
        })
        .collect();
    document = document
        .add_table(table(
            &[10, 56, 16, 18],
            &["Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
            lines,
        ))
        .add_paragraph(section("III. Khen thưởng"));
    document = if review.commendations.is_empty() {
        document.add_paragraph(body("Không có khen thưởng được phê duyệt trong kỳ."))
    } else {
        let rows = review
            .commendations
            .iter()
            .map(|c| {
                vec![
                    c.year.to_string(),
                    c.nominee_name.clone(),
                    c.unit.name.clone(),
                    c.decision.as_ref().map(|d| d.label()).unwrap_or_default(),
                ]
            })
            .collect();
        document.add_table(table(
            &[10, 36, 30, 24],
            &["Năm", "Tập thể, cá nhân", "Đơn vị đề nghị", "Quyết định"],
            rows,
        ))
    };
    document = written(
        document.add_paragraph(section("IV. Đánh giá chung")),
        &review.summary,
    );
    document = written(
        document.add_paragraph(section("V. Bài học kinh nghiệm")),
        &review.lessons,
    );
    document = written(
        document.add_paragraph(section("VI. Đề xuất, kiến nghị")),
        &review.proposals,
    );
    let signers = [Signer {
        capacity: "TM. Ủy ban nhân dân".into(),
        position: "Chủ tịch".into(),
        hint: "(Ký, ghi rõ họ tên, đóng dấu)".into(),
        names: Vec::new(),
    }];
    pack(signature_block(document, &signers, Orientation::Portrait))
}

pub fn file_name(review: &FinalReview) -> String {
    format!("tong-ket-ke-hoach-{}.docx", review.plan_id.0)
}
