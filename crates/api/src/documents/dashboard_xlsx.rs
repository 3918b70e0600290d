//! The dashboard's figures as a workbook, a sheet per chart: cases by
//! unit and by month with their results, teams against the composition
//! rules, the reports of the period, the tasks of the plan. Totals are
//! formulas with their values cached.

use hgcs_domain::Lang;
use hgcs_domain::api::dashboard::{Dashboard, ReportStanding};
use hgcs_domain::mediation::TeamRule;
use hgcs_domain::reports::CaseResult;
use hgcs_domain::text::ascii_alnum;
use rust_xlsxwriter::utility::column_number_to_name;
use rust_xlsxwriter::{FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use super::xlsx::{base, cells, failed, header, numbers};
use crate::error::ApiError;

/// The row of the column headers (0-based); the figures start below it.
pub const HEADER_ROW: u32 = 2;

/// One sheet: a title, a header row (frozen), a row per item with its
/// figures, and, when asked, a total per row and a total row, as formulas.
struct Table<'a> {
    name: &'a str,
    title: String,
    headers: Vec<&'a str>,
    rows: Vec<(String, Vec<i64>)>,
    row_totals: bool,
}

fn sum_formula(range: String, value: i64) -> Formula {
    Formula::new(format!("=SUM({range})")).set_result(value.to_string())
}

fn write_table(book: &mut Workbook, table: Table) -> Result<(), XlsxError> {
    let sheet: &mut Worksheet = book.add_worksheet();
    sheet.set_name(table.name)?;
    sheet.set_paper_size(9);
    let figures = u16::try_from(table.headers.len()).unwrap_or(1) - 1;
    let last = figures + u16::from(table.row_totals);
    let title = base()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    sheet.merge_range(0, 0, 0, last.max(1), &table.title, &title)?;
    let mut headers = table.headers.clone();
    if table.row_totals {
        headers.push("Tổng cộng");
    }
    for (col, name) in (0..).zip(&headers) {
        sheet.write_string_with_format(HEADER_ROW, col, *name, &header())?;
        sheet.set_column_width(col, if col == 0 { 34.0 } else { 16.0 })?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    let first = HEADER_ROW + 1;
    let mut sums = vec![0i64; usize::from(figures) + 1];
    for (row, (label, values)) in (first..).zip(&table.rows) {
        sheet.write_string_with_format(row, 0, label, &cells())?;
        for (col, value) in (1..).zip(values) {
            // Counts, well inside f64's exact range.
            sheet.write_number_with_format(row, col, *value as f64, &numbers())?;
        }
        let total: i64 = values.iter().sum();
        if table.row_totals {
            let range = format!("B{0}:{1}{0}", row + 1, column_number_to_name(figures));
            sheet.write_formula_with_format(row, last, sum_formula(range, total), &numbers())?;
        }
        for (sum, value) in sums.iter_mut().zip(values.iter().chain([&total])) {
            *sum += value;
        }
    }
    let total_row = first + u32::try_from(table.rows.len()).unwrap_or(0);
    let bold = numbers().set_bold();
    sheet.write_string_with_format(total_row, 0, "Tổng cộng", &cells().set_bold())?;
    for (col, sum) in (1..=last).zip(&sums) {
        let letter = column_number_to_name(col);
        let range = format!("{letter}{}:{letter}{}", first + 1, total_row.max(first));
        sheet.write_formula_with_format(total_row, col, sum_formula(range, *sum), &bold)?;
    }
    Ok(())
}

fn reports_sheet(book: &mut Workbook, dashboard: &Dashboard) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name("Báo cáo")?;
    sheet.set_paper_size(9);
    let overview = &dashboard.reports;
    let title = base()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let heading = format!(
        "TÌNH HÌNH BÁO CÁO – {}",
        overview.period.name_vi.to_uppercase()
    );
    sheet.merge_range(0, 0, 0, 4, &heading, &title)?;
    let widths = [
        ("Đơn vị", 34.0),
        ("Tình trạng", 20.0),
        ("Ngày gửi", 14.0),
        ("Hạn gửi", 14.0),
        ("Trễ hạn", 10.0),
    ];
    for (col, (name, width)) in (0..).zip(widths) {
        sheet.write_string_with_format(HEADER_ROW, col, name, &header())?;
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    let units = std::iter::once(&overview.own).chain(&overview.reporting);
    for (row, unit) in (HEADER_ROW + 1..).zip(units) {
        let sent = unit
            .submitted_at
            .map(|at| {
                hgcs_domain::time::day_in_vietnam(at)
                    .format("%d/%m/%Y")
                    .to_string()
            })
            .unwrap_or_default();
        let standing = ReportStanding::of(unit.status).label(Lang::Vi);
        sheet.write_string_with_format(row, 0, &unit.unit.name, &cells())?;
        sheet.write_string_with_format(row, 1, standing, &cells())?;
        sheet.write_string_with_format(row, 2, &sent, &cells())?;
        sheet.write_string_with_format(
            row,
            3,
            unit.due_on.format("%d/%m/%Y").to_string(),
            &cells(),
        )?;
        sheet.write_string_with_format(row, 4, if unit.late { "Có" } else { "" }, &cells())?;
    }
    Ok(())
}

fn build(dashboard: &Dashboard) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let results: Vec<&str> = CaseResult::ALL.iter().map(|r| r.label(Lang::Vi)).collect();
    let count = |unit: Option<hgcs_domain::UnitId>, month: Option<u32>, result: CaseResult| {
        dashboard
            .cases
            .iter()
            .filter(|c| unit.is_none_or(|u| c.unit_id == u) && month.is_none_or(|m| c.month == m))
            .filter(|c| c.result == result)
            .map(|c| c.n)
            .sum::<i64>()
    };
    let place = format!("{} – năm {}", dashboard.unit.name, dashboard.year);
    write_table(
        &mut book,
        Table {
            name: "Vụ việc theo đơn vị",
            title: format!("VỤ, VIỆC HÒA GIẢI THEO ĐƠN VỊ – {place}"),
            headers: std::iter::once("Đơn vị")
                .chain(results.iter().copied())
                .collect(),
            rows: dashboard
                .units
                .iter()
                .map(|u| {
                    let values = CaseResult::ALL
                        .iter()
                        .map(|r| count(Some(u.id), None, *r))
                        .collect();
                    (u.name.clone(), values)
                })
                .collect(),
            row_totals: true,
        },
    )?;
    write_table(
        &mut book,
        Table {
            name: "Vụ việc theo tháng",
            title: format!("VỤ, VIỆC HÒA GIẢI THEO THÁNG – {place}"),
            headers: std::iter::once("Tháng")
                .chain(results.iter().copied())
                .collect(),
            rows: (1..=12)
                .map(|month| {
                    let values = CaseResult::ALL
                        .iter()
                        .map(|r| count(None, Some(month), *r))
                        .collect();
                    (format!("Tháng {month}"), values)
                })
                .collect(),
            row_totals: true,
        },
    )?;
    let mut team_headers = vec!["Đơn vị", "Số tổ hòa giải", "Tổ chưa đủ điều kiện"];
    team_headers.extend(TeamRule::ALL.iter().map(|r| r.short(Lang::Vi)));
    write_table(
        &mut book,
        Table {
            name: "Tổ hòa giải",
            title: format!(
                "TỔ HÒA GIẢI CHƯA ĐỦ THÀNH PHẦN THEO LUẬT – {}",
                dashboard.unit.name
            ),
            headers: team_headers,
            rows: dashboard
                .teams
                .iter()
                .map(|t| {
                    let name = dashboard
                        .units
                        .iter()
                        .find(|u| u.id == t.unit_id)
                        .map(|u| u.name.clone());
                    let mut values = vec![t.teams, t.failing];
                    values.extend(t.by_rule.iter().map(|r| r.n));
                    (name.unwrap_or_default(), values)
                })
                .collect(),
            row_totals: false,
        },
    )?;
    reports_sheet(&mut book, dashboard)?;
    if let Some(plan) = &dashboard.plan {
        write_table(
            &mut book,
            Table {
                name: "Nhiệm vụ",
                title: format!("TIẾN ĐỘ NHIỆM VỤ – {} {}", plan.doc_number, plan.title),
                headers: vec!["Tình trạng", "Số nhiệm vụ"],
                rows: plan
                    .tasks
                    .iter()
                    .map(|t| (t.bar.label(Lang::Vi).to_owned(), vec![t.n]))
                    .collect(),
                row_totals: false,
            },
        )?;
    }
    book.save_to_buffer()
}

pub fn dashboard_xlsx(dashboard: &Dashboard) -> Result<Vec<u8>, ApiError> {
    build(dashboard).map_err(failed)
}

/// "thong-ke-<unit code>-<year>.xlsx", ASCII only.
pub fn file_name(dashboard: &Dashboard) -> String {
    format!(
        "thong-ke-{}-{}.xlsx",
        ascii_alnum(&dashboard.unit.code),
        dashboard.year
    )
}
