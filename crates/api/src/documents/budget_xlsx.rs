//! A plan's budget as a workbook: the lines with allocated, spent and
//! remaining, the totals per source and per task, and every spending with
//! its vouchers. Totals are formulas with their values cached, so the
//! file reads the same in Excel and in a reader that does not calculate.

use hgcs_domain::Lang;
use hgcs_domain::api::budget::{BudgetTotal, PlanBudget, Spending};
use rust_xlsxwriter::{FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use super::xlsx::{base, cells, failed, header, numbers};
use crate::error::ApiError;

/// The row of the column headers (0-based); the rows start below it.
pub const HEADER_ROW: u32 = 2;

/// A sheet's text columns before its three money columns.
struct Sheet<'a> {
    name: &'a str,
    title: String,
    labels: Vec<(&'a str, f64)>,
    rows: Vec<(Vec<String>, BudgetTotal)>,
}

fn money(value: i64) -> f64 {
    // Đồng, at most 10^13 a line: exact in a double.
    value as f64
}

fn open<'b>(
    book: &'b mut Workbook,
    name: &str,
    title: &str,
    headers: &[(&str, f64)],
) -> Result<&'b mut Worksheet, XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(name)?;
    sheet.set_paper_size(9);
    sheet.set_landscape();
    let style = base()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let last = u16::try_from(headers.len()).unwrap_or(1).max(2) - 1;
    sheet.merge_range(0, 0, 0, last, title, &style)?;
    for (col, (label, width)) in (0..).zip(headers) {
        sheet.write_string_with_format(HEADER_ROW, col, *label, &header())?;
        sheet.set_column_width(col, *width)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    Ok(sheet)
}

fn write_sheet(book: &mut Workbook, table: Sheet) -> Result<(), XlsxError> {
    let mut headers = table.labels.clone();
    headers.extend([
        ("Được giao (đồng)", 18.0),
        ("Đã chi (đồng)", 18.0),
        ("Còn lại (đồng)", 18.0),
    ]);
    let sheet = open(book, table.name, &table.title, &headers)?;
    let first_money = u16::try_from(table.labels.len()).unwrap_or(0);
    let first = HEADER_ROW + 1;
    let mut sum = BudgetTotal::default();
    for (row, (texts, total)) in (first..).zip(&table.rows) {
        for (col, text) in (0..).zip(texts) {
            sheet.write_string_with_format(row, col, text, &cells())?;
        }
        let figures = [total.allocated_vnd, total.spent_vnd, total.remaining_vnd];
        for (col, value) in (first_money..).zip(figures) {
            sheet.write_number_with_format(row, col, money(value), &numbers())?;
        }
        sum.allocated_vnd += total.allocated_vnd;
        sum.spent_vnd += total.spent_vnd;
        sum.remaining_vnd += total.remaining_vnd;
    }
    let total_row = first + u32::try_from(table.rows.len()).unwrap_or(0);
    sheet.write_string_with_format(total_row, 0, "Tổng cộng", &cells().set_bold())?;
    for col in 1..first_money {
        sheet.write_blank(total_row, col, &cells())?;
    }
    let sums = [sum.allocated_vnd, sum.spent_vnd, sum.remaining_vnd];
    for (col, value) in (first_money..).zip(sums) {
        let letter = rust_xlsxwriter::utility::column_number_to_name(col);
        let formula = Formula::new(format!(
            "=SUM({letter}{}:{letter}{})",
            first + 1,
            total_row.max(first)
        ))
        .set_result(value.to_string());
        sheet.write_formula_with_format(total_row, col, formula, &numbers().set_bold())?;
    }
    Ok(())
}

fn spending_sheet(book: &mut Workbook, lines: &[(String, Vec<Spending>)]) -> Result<(), XlsxError> {
    let headers = [
        ("STT", 6.0),
        ("Dòng kinh phí", 34.0),
        ("Ngày chi", 12.0),
        ("Nội dung chi", 40.0),
        ("Số tiền (đồng)", 18.0),
        ("Chứng từ", 30.0),
    ];
    let sheet = open(book, "Chi tiết chi", "CHI TIẾT CÁC KHOẢN CHI", &headers)?;
    let first = HEADER_ROW + 1;
    let mut row = first;
    let mut sum = 0i64;
    for (line, spending) in lines {
        for item in spending {
            let vouchers: Vec<&str> = item.vouchers.iter().map(|v| v.file_name.as_str()).collect();
            sheet.write_number_with_format(row, 0, f64::from(row - HEADER_ROW), &cells())?;
            sheet.write_string_with_format(row, 1, line, &cells())?;
            sheet.write_string_with_format(
                row,
                2,
                item.spent_on.format("%d/%m/%Y").to_string(),
                &cells(),
            )?;
            sheet.write_string_with_format(row, 3, &item.purpose, &cells())?;
            sheet.write_number_with_format(row, 4, money(item.amount_vnd), &numbers())?;
            sheet.write_string_with_format(row, 5, vouchers.join("; "), &cells())?;
            sum += item.amount_vnd;
            row += 1;
        }
    }
    sheet.write_string_with_format(row, 1, "Tổng cộng", &cells().set_bold())?;
    let formula = Formula::new(format!("=SUM(E{}:E{})", first + 1, row.max(first)))
        .set_result(sum.to_string());
    sheet.write_formula_with_format(row, 4, formula, &numbers().set_bold())?;
    Ok(())
}

fn build(
    plan_title: &str,
    budget: &PlanBudget,
    spending: &[(String, Vec<Spending>)],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let task_name = |task: &Option<hgcs_domain::api::budget::BudgetTask>| match task {
        Some(task) => format!("{}. {}", task.code, task.title),
        None => "Chung của kế hoạch".to_owned(),
    };
    write_sheet(
        &mut book,
        Sheet {
            name: "Kinh phí",
            title: format!("KINH PHÍ THỰC HIỆN {}", plan_title.to_uppercase()),
            labels: vec![
                ("STT", 6.0),
                ("Nhiệm vụ", 34.0),
                ("Nội dung", 34.0),
                ("Nguồn", 20.0),
            ],
            rows: (1..)
                .zip(&budget.lines)
                .map(|(index, line)| {
                    let texts = vec![
                        index.to_string(),
                        task_name(&line.task),
                        line.title.clone(),
                        line.source.label(Lang::Vi).to_owned(),
                    ];
                    let total = BudgetTotal {
                        allocated_vnd: line.allocated_vnd,
                        spent_vnd: line.spent_vnd,
                        remaining_vnd: line.remaining_vnd,
                    };
                    (texts, total)
                })
                .collect(),
        },
    )?;
    write_sheet(
        &mut book,
        Sheet {
            name: "Theo nguồn",
            title: "KINH PHÍ THEO NGUỒN".to_owned(),
            labels: vec![("Nguồn kinh phí", 30.0)],
            rows: budget
                .by_source
                .iter()
                .map(|s| (vec![s.source.label(Lang::Vi).to_owned()], s.total))
                .collect(),
        },
    )?;
    write_sheet(
        &mut book,
        Sheet {
            name: "Theo nhiệm vụ",
            title: "KINH PHÍ THEO NHIỆM VỤ".to_owned(),
            labels: vec![("Nhiệm vụ", 50.0)],
            rows: budget
                .by_task
                .iter()
                .map(|t| (vec![task_name(&t.task)], t.total))
                .collect(),
        },
    )?;
    spending_sheet(&mut book, spending)?;
    book.save_to_buffer()
}

/// The workbook; `spending` lists each line's title with its spending.
pub fn budget_xlsx(
    plan_title: &str,
    budget: &PlanBudget,
    spending: &[(String, Vec<Spending>)],
) -> Result<Vec<u8>, ApiError> {
    build(plan_title, budget, spending).map_err(failed)
}

pub fn file_name(plan_id: i64) -> String {
    format!("kinh-phi-ke-hoach-{plan_id}.xlsx")
}
