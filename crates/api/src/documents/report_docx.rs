//! A report as a Word document in the administrative format (NĐ 30/2020):
//! issued by the unit's People's Committee, "Số: …/BC-UBND", the
//! indicator table, the plan's tasks, the commentary, signed for the
//! committee.

use docx_rs::{Table, TableLayoutType, TableRow, WidthType};
use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::Lang;
use hgcs_domain::api::reports::{ReportContent, ReportLine};
use hgcs_domain::text::thousands;
use hgcs_domain::time::day_in_vietnam;

use super::layout::{
    Heading, Orientation, Signer, body, official_document, place_name, section, signature_block,
};
use super::{cell, header_cell, pack};
use crate::error::ApiError;

/// Shares of the text width per column, in percent.
const WIDTHS: [usize; 6] = [9, 43, 12, 12, 12, 12];

const COLUMNS: [&str; 6] = [
    "Mã",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Thực tế",
    "Ước tính",
    "Tổng",
];

/// A figure as Vietnamese write it ("1.234"); nothing for no figure.
fn figure(value: Option<i64>) -> String {
    value.map(thousands).unwrap_or_default()
}

fn line_row(line: &ReportLine) -> TableRow {
    TableRow::new(vec![
        cell(&line.code),
        cell(&line.label_vi),
        cell(&line.unit_vi),
        cell(&figure(line.actual)),
        cell(&figure(line.estimate)),
        cell(&figure(line.total)),
    ])
}

const TASK_WIDTHS: [usize; 5] = [9, 47, 18, 10, 16];
const TASK_COLUMNS: [&str; 5] = ["Mã", "Nhiệm vụ", "Tình trạng", "Tiến độ", "Minh chứng"];

/// The plan's tasks as the report holds them; evidence as a file count.
fn tasks_table(content: &ReportContent, width: usize) -> Table {
    let mut rows = vec![TableRow::new(
        TASK_COLUMNS.iter().map(|c| header_cell(c)).collect(),
    )];
    for task in &content.tasks {
        rows.push(TableRow::new(vec![
            cell(&task.code),
            cell(&task.title),
            cell(task.status.label(Lang::Vi)),
            cell(&format!("{} %", task.progress)),
            cell(&format!("{} tệp", task.evidence.len())),
        ]));
    }
    Table::new(rows)
        .set_grid(
            TASK_WIDTHS
                .iter()
                .map(|share| width * share / 100)
                .collect(),
        )
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// The report dated `on` (the day it was submitted, or today for a draft).
pub fn report_docx(
    conn: &mut PgConnection,
    content: &ReportContent,
    on: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>, ApiError> {
    let unit = unit::find(conn, content.unit.id)?;
    let committee = format!("Ủy ban nhân dân {}", unit.name);
    let number = if content.number.is_empty() {
        "…/BC-UBND".to_owned()
    } else {
        content.number.clone()
    };
    let heading = Heading {
        parent_body: None,
        issuer: &committee,
        number: Some(number),
        place: &place_name(&unit.name, &unit.short_name),
        day: day_in_vietnam(on),
        title: "BÁO CÁO",
        subtitle: vec![
            "Kết quả công tác hòa giải ở cơ sở".to_owned(),
            content.period.name_vi.clone(),
        ],
    };
    let period = &content.period;
    let mut document = official_document(&heading, Orientation::Portrait).add_paragraph(body(
        &format!(
            "{} báo cáo kết quả công tác hòa giải ở cơ sở {} (số liệu thực tế từ ngày {} đến ngày {}{}) như sau:",
            committee,
            period.name_vi.to_lowercase(),
            period.starts_on.format("%d/%m/%Y"),
            period.actual_until.format("%d/%m/%Y"),
            if period.actual_until < period.ends_on {
                format!("; ước tính đến ngày {}", period.ends_on.format("%d/%m/%Y"))
            } else {
                String::new()
            },
        ),
    ));
    if !content.sources.is_empty() {
        let names: Vec<&str> = content
            .sources
            .iter()
            .map(|s| s.unit.name.as_str())
            .collect();
        document = document.add_paragraph(body(&format!(
            "Số liệu tổng hợp từ báo cáo đã được duyệt của {} đơn vị: {}.",
            names.len(),
            names.join(", ")
        )));
    }
    if !content.predecessors.is_empty() {
        let names: Vec<&str> = content
            .predecessors
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        document = document.add_paragraph(body(&format!(
            "Số liệu gồm cả hồ sơ của các đơn vị trước sắp xếp: {}.",
            names.join(", ")
        )));
    }
    let width = Orientation::Portrait.text_width();
    let mut rows = vec![TableRow::new(
        COLUMNS.iter().map(|c| header_cell(c)).collect(),
    )];
    let mut current = "";
    for line in &content.lines {
        if line.section_vi != current {
            current = &line.section_vi;
            rows.push(TableRow::new(vec![
                header_cell(""),
                header_cell(current),
                header_cell(""),
                header_cell(""),
                header_cell(""),
                header_cell(""),
            ]));
        }
        rows.push(line_row(line));
    }
    document = document
        .add_paragraph(section("I. Số liệu"))
        .add_table(
            Table::new(rows)
                .set_grid(WIDTHS.iter().map(|share| width * share / 100).collect())
                .width(width, WidthType::Dxa)
                .layout(TableLayoutType::Fixed),
        )
        .add_paragraph(section("II. Kết quả thực hiện nhiệm vụ"));
    document = if content.tasks.is_empty() {
        document.add_paragraph(body("Đơn vị chưa có kế hoạch cho năm của kỳ báo cáo."))
    } else {
        document.add_table(tasks_table(content, width))
    };
    document = document.add_paragraph(section("III. Đánh giá, kiến nghị"));
    let commentary = if content.commentary.trim().is_empty() {
        "Không có."
    } else {
        content.commentary.as_str()
    };
    for paragraph in commentary.lines().filter(|l| !l.trim().is_empty()) {
        document = document.add_paragraph(body(paragraph));
    }
    let signers = [Signer {
        capacity: "TM. Ủy ban nhân dân".into(),
        position: "Chủ tịch".into(),
        hint: "(Ký, ghi rõ họ tên, đóng dấu)".into(),
        names: Vec::new(),
    }];
    pack(signature_block(document, &signers, Orientation::Portrait))
}
