//! The team's logbook (sổ theo dõi hoạt động hòa giải ở cơ sở): Part I one
//! row per case in entry order, Part II the year's totals.

use chrono::{Datelike, NaiveDate};
use docx_rs::{Table, TableLayoutType, TableRow, WidthType};
use hgcs_db::PgConnection;
use hgcs_db::models::mediator;
use hgcs_db::models::team::TeamRow;
use hgcs_domain::Lang;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::mediation::{CaseGroup, CaseState};
use hgcs_domain::time::today;

use super::layout::{Heading, Orientation, Signer, official_document, signature_block};
use super::{cell, centered_bold, header_cell, issuer_of, line, pack};
use crate::error::ApiError;

pub struct Logbook<'a> {
    pub team: &'a TeamRow,
    pub year: i32,
    /// In entry order, with personal data.
    pub cases: &'a [Case],
}

/// Shares of the text width per column, in percent.
const WIDTHS: [usize; 8] = [5, 9, 13, 17, 18, 18, 11, 9];

const COLUMNS: [&str; 8] = [
    "Số TT",
    "Ngày tiếp nhận",
    "Hòa giải viên, người được mời",
    "Các bên (họ tên, tuổi, địa chỉ)",
    "Nội dung vụ việc",
    "Thỏa thuận hoặc yêu cầu của mỗi bên",
    "Kết quả",
    "Ghi chú",
];

fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

fn entry_row(case: &Case) -> TableRow {
    let mut people: Vec<String> = case.mediators.iter().map(|m| m.full_name.clone()).collect();
    if let Some(invited) = &case.invited {
        people.extend(invited.iter().map(|name| format!("{name} (mời)")));
    }
    let parties = case
        .parties
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|p| {
            let age = p
                .birth_year
                .map(|y| format!(", {} tuổi", case.received_on.year() - y))
                .unwrap_or_default();
            format!("{}{age}, {}", p.name, p.address)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut note = Vec::new();
    if case.risk_of_violence {
        note.push("Nguy cơ bạo lực");
    }
    if case.signs_of_offence {
        note.push("Dấu hiệu tội phạm");
    }
    let result = match case.closed_on {
        Some(day) => format!("{} ({})", case.state.label(Lang::Vi), date(day)),
        None => case.state.label(Lang::Vi).to_owned(),
    };
    TableRow::new(vec![
        cell(&case.entry_no.to_string()),
        cell(&date(case.received_on)),
        cell(&people.join("\n")),
        cell(&parties),
        cell(case.summary.as_deref().unwrap_or_default()),
        cell(case.outcome.as_deref().unwrap_or_default()),
        cell(&result),
        cell(&note.join("; ")),
    ])
}

fn totals(cases: &[Case]) -> Vec<(String, usize)> {
    let count = |f: &dyn Fn(&Case) -> bool| cases.iter().filter(|c| f(c)).count();
    vec![
        ("Tổng số vụ việc tiếp nhận".into(), cases.len()),
        (
            "Hòa giải thành".into(),
            count(&|c| c.state == CaseState::Successful),
        ),
        (
            "Hòa giải không thành".into(),
            count(&|c| c.state == CaseState::Unsuccessful),
        ),
        (
            "Rút yêu cầu hòa giải".into(),
            count(&|c| c.state == CaseState::Withdrawn),
        ),
        (
            "Đang hòa giải".into(),
            count(&|c| c.state == CaseState::InMediation),
        ),
        (
            "Chưa giải quyết".into(),
            count(&|c| matches!(c.state, CaseState::Received | CaseState::Assigned)),
        ),
        (
            "Trong đó: dân sự".into(),
            count(&|c| c.group == CaseGroup::Civil),
        ),
        (
            "Trong đó: hôn nhân và gia đình".into(),
            count(&|c| c.group == CaseGroup::MarriageFamily),
        ),
        (
            "Trong đó: khác".into(),
            count(&|c| c.group == CaseGroup::Other),
        ),
    ]
}

/// The logbook as a Word document (A4 landscape), dated the day it is
/// printed and signed by the team's leader.
pub fn logbook_docx(conn: &mut PgConnection, book: &Logbook<'_>) -> Result<Vec<u8>, ApiError> {
    let issuer = issuer_of(conn, book.team)?;
    let leader: Vec<String> = mediator::for_teams(conn, &[book.team.id])?
        .into_iter()
        .filter(|m| m.is_leader && m.active())
        .map(|m| m.full_name)
        .collect();
    let heading = Heading {
        parent_body: Some(&issuer.parent_body),
        issuer: &book.team.name,
        number: None,
        place: &issuer.place,
        day: today(),
        title: "SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ",
        subtitle: vec![format!("Năm {}", book.year)],
    };
    let mut rows = vec![TableRow::new(
        COLUMNS.iter().map(|c| header_cell(c)).collect(),
    )];
    rows.extend(book.cases.iter().map(entry_row));
    let summary: Vec<TableRow> = totals(book.cases)
        .into_iter()
        .map(|(label, n)| TableRow::new(vec![cell(&label), cell(&n.to_string())]))
        .collect();
    let width = Orientation::Landscape.text_width();
    let document = official_document(&heading, Orientation::Landscape)
        .add_paragraph(line(&format!("Tổ hòa giải: {}", book.team.name)))
        .add_paragraph(line(&format!(
            "Thôn/tổ dân phố: {}; xã/phường: {}",
            issuer.village, issuer.ward
        )))
        .add_paragraph(line(""))
        .add_paragraph(centered_bold("PHẦN I. THEO DÕI VỤ VIỆC HÒA GIẢI"))
        .add_table(
            Table::new(rows)
                .set_grid(WIDTHS.iter().map(|share| width * share / 100).collect())
                .width(width, WidthType::Dxa)
                .layout(TableLayoutType::Fixed),
        )
        .add_paragraph(line(""))
        .add_paragraph(centered_bold("PHẦN II. TỔNG HỢP KẾT QUẢ HÒA GIẢI"))
        .add_table(Table::new(summary));
    let signers = [Signer {
        capacity: "Tổ trưởng tổ hòa giải".into(),
        position: String::new(),
        hint: "(Ký, ghi rõ họ tên)".into(),
        names: leader,
    }];
    pack(signature_block(document, &signers, Orientation::Landscape))
}
