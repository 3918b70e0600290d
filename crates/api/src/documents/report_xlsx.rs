//! A report's indicator table as an Excel workbook (`rust_xlsxwriter`):
//! Vietnamese headers, Times New Roman, widths set, the header row frozen,
//! and each total a formula (actual + estimate) with its value cached, so
//! Excel and any reader that does not recalculate show the same figure.

use hgcs_domain::api::reports::{ReportContent, ReportLine};
use rust_xlsxwriter::{FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use super::xlsx::{base, cells, header, numbers};

use crate::error::ApiError;

const COLUMNS: [(&str, f64); 6] = [
    ("Mã", 9.0),
    ("Chỉ tiêu", 58.0),
    ("Đơn vị tính", 12.0),
    ("Thực tế", 15.0),
    ("Ước tính", 15.0),
    ("Tổng cộng", 15.0),
];

/// The row of the column headers (0-based); the lines start below it.
pub const HEADER_ROW: u32 = 4;

fn write_line(sheet: &mut Worksheet, row: u32, line: &ReportLine) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, &line.code, &cells())?;
    sheet.write_string_with_format(row, 1, &line.label_vi, &cells())?;
    sheet.write_string_with_format(row, 2, &line.unit_vi, &cells())?;
    for (col, value) in [(3, line.actual), (4, line.estimate)] {
        match value {
            // Figures are counts and sums of money well inside f64's exact range.
            Some(v) => sheet.write_number_with_format(row, col, v as f64, &numbers())?,
            None => sheet.write_blank(row, col, &numbers())?,
        };
    }
    match line.total {
        Some(total) => {
            let excel_row = row + 1;
            let formula = Formula::new(format!("=SUM(D{excel_row}:E{excel_row})"))
                .set_result(total.to_string());
            sheet.write_formula_with_format(row, 5, formula, &numbers())?
        }
        None => sheet.write_blank(row, 5, &numbers())?,
    };
    Ok(())
}

fn build(content: &ReportContent) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Báo cáo")?;
    sheet.set_paper_size(9); // A4
    let title = base()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let centred = base().set_align(FormatAlign::Center).set_text_wrap();
    let period = &content.period;
    sheet.merge_range(
        0,
        0,
        0,
        5,
        "BÁO CÁO KẾT QUẢ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ",
        &title,
    )?;
    sheet.merge_range(
        1,
        0,
        1,
        5,
        &format!("{} – {}", content.unit.name, period.name_vi),
        &centred,
    )?;
    let mut note = format!(
        "Số liệu thực tế từ {} đến {}",
        period.starts_on.format("%d/%m/%Y"),
        period.actual_until.format("%d/%m/%Y")
    );
    if period.actual_until < period.ends_on {
        note.push_str(&format!(
            "; ước tính đến {}",
            period.ends_on.format("%d/%m/%Y")
        ));
    }
    if !content.sources.is_empty() {
        note.push_str(&format!(
            "; tổng hợp từ báo cáo đã duyệt của {} đơn vị",
            content.sources.len()
        ));
    }
    sheet.merge_range(2, 0, 2, 5, &note, &centred)?;
    let header = header();
    for (col, (name, width)) in (0..).zip(COLUMNS) {
        sheet.write_string_with_format(HEADER_ROW, col, name, &header)?;
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    let section = cells().set_bold().set_background_color("#F2F2F2");
    let mut row = HEADER_ROW + 1;
    let mut current = "";
    for line in &content.lines {
        if line.section_vi != current {
            current = &line.section_vi;
            sheet.merge_range(row, 0, row, 5, current, &section)?;
            row += 1;
        }
        write_line(sheet, row, line)?;
        row += 1;
    }
    if !content.commentary.trim().is_empty() {
        row += 1;
        sheet.write_string_with_format(row, 0, "Đánh giá, kiến nghị", &base().set_bold())?;
        sheet.merge_range(
            row + 1,
            0,
            row + 1,
            5,
            &content.commentary,
            &base().set_text_wrap(),
        )?;
    }
    book.save_to_buffer()
}

pub fn report_xlsx(content: &ReportContent) -> Result<Vec<u8>, ApiError> {
    build(content).map_err(super::xlsx::failed)
}
