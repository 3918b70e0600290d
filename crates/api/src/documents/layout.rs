//! The administrative layout of NĐ 30/2020/NĐ-CP (Phụ lục I), shared by
//! every document HGCS writes: A4 with the decree's margins, Times New
//! Roman, the two-column heading (issuing body left, national motto
//! right), the number and symbol, the place and date line naming the
//! administrative unit, the title, page numbers from the second page, and
//! the signature block.

use chrono::{Datelike, NaiveDate};
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, LineSpacing, PageMargin, PageNum, PageOrientationType,
    Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, SpecialIndentType,
    Table, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::font;

/// Half-points. The decree's ranges: issuer and national name 12–13,
/// motto, number, place and date 13–14, title 13–14, body 13–14.
const HEADING_SIZE: usize = 24;
const MOTTO_SIZE: usize = 26;
const TITLE_SIZE: usize = 28;
pub const BODY_SIZE: usize = 26;

/// Twips (1 mm ≈ 56.7): top and bottom 20 mm, left 30 mm, right 15 mm,
/// inside the decree's 20–25 / 30–35 / 15–20 mm.
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
const MARGIN_LEFT: i32 = 1701;
const MARGIN_RIGHT: i32 = 851;
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;

pub const NATIONAL_NAME: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    /// Wide tables (the logbook).
    Landscape,
}

impl Orientation {
    /// Width of the text between the margins, in twips.
    pub fn text_width(self) -> usize {
        let page = match self {
            Orientation::Portrait => A4_SHORT,
            Orientation::Landscape => A4_LONG,
        };
        usize::try_from(i64::from(page) - i64::from(MARGIN_LEFT) - i64::from(MARGIN_RIGHT))
            .unwrap_or_default()
    }
}

/// What opens an official document.
#[derive(Debug, Clone)]
pub struct Heading<'a> {
    /// The body the issuer belongs to (cơ quan chủ quản), e.g. "UBND
    /// Phường Bồ Xuyên"; written upright in capitals.
    pub parent_body: Option<&'a str>,
    /// The issuing body, e.g. "Tổ hòa giải tổ dân phố số 3"; capitals, bold,
    /// with a short rule beneath.
    pub issuer: &'a str,
    /// Number and symbol ("05/BB-HGT") where the document has them.
    pub number: Option<String>,
    /// The administrative unit where the issuer sits, see [`place_name`].
    pub place: &'a str,
    pub day: NaiveDate,
    /// The kind of document, centred and bold ("BIÊN BẢN HÒA GIẢI THÀNH").
    pub title: &'a str,
    /// Lines under the title (what it is about, the year).
    pub subtitle: Vec<String>,
}

/// The place in the place-and-date line: the ward's or commune's own name
/// without its kind ("Bồ Xuyên"), as NĐ 30/2020 writes it. A unit named by
/// a number keeps its full name ("Phường 1"). Units named after a person or
/// an event should also keep the full name; the system cannot tell those
/// apart, so they read like the others.
pub fn place_name(name: &str, short_name: &str) -> String {
    let short = short_name.trim();
    if short.is_empty() || short.starts_with(|c: char| c.is_ascii_digit()) {
        name.trim().to_owned()
    } else {
        short.to_owned()
    }
}

/// "Bồ Xuyên, ngày 05 tháng 02 năm 2025". The decree writes days below 10
/// and January and February with a leading zero; the other months without.
pub fn place_and_date(place: &str, day: NaiveDate) -> String {
    let month = match day.month() {
        m @ (1 | 2) => format!("{m:02}"),
        m => m.to_string(),
    };
    format!(
        "{place}, ngày {:02} tháng {month} năm {}",
        day.day(),
        day.year()
    )
}

fn text(value: &str, size: usize) -> Run {
    Run::new().add_text(value).fonts(font()).size(size)
}

fn centred(run: Run) -> Paragraph {
    Paragraph::new()
        .add_run(run)
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// A solid rule under the issuer, a third of the column wide and centred.
fn short_rule(column: usize) -> Paragraph {
    let side = i32::try_from(column / 3).unwrap_or_default();
    let mut rule = Paragraph::new()
        .indent(Some(side), None, Some(side), None)
        .line_spacing(LineSpacing::new().before(0).after(120).line(60));
    rule.property = rule.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6),
        ),
    );
    rule
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| {
            cell.add_paragraph(p)
        })
}

/// The two-column heading: issuing body and number left, national name,
/// motto (underlined) and the place and date line right.
fn heading_table(heading: &Heading<'_>, orientation: Orientation) -> Table {
    let width = orientation.text_width();
    let left = width * 2 / 5;
    let right = width - left;
    let mut issuer = Vec::new();
    if let Some(parent) = heading.parent_body {
        issuer.push(centred(text(&parent.to_uppercase(), HEADING_SIZE)));
    }
    issuer.push(centred(
        text(&heading.issuer.to_uppercase(), HEADING_SIZE).bold(),
    ));
    issuer.push(short_rule(left));
    if let Some(number) = &heading.number {
        issuer.push(centred(text(&format!("Số: {number}"), MOTTO_SIZE)));
    }
    let national = vec![
        centred(text(NATIONAL_NAME, HEADING_SIZE).bold()),
        centred(text(MOTTO, MOTTO_SIZE).bold().underline("single")),
        centred(text("", MOTTO_SIZE)),
        centred(text(&place_and_date(heading.place, heading.day), MOTTO_SIZE).italic()),
    ];
    Table::without_borders(vec![TableRow::new(vec![
        cell(issuer, left),
        cell(national, right),
    ])])
    .set_grid(vec![left, right])
    .width(width, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
}

/// A new A4 document in the official layout, opened by its heading and
/// title. Pages after the first carry their number centred at the top.
pub fn official_document(heading: &Heading<'_>, orientation: Orientation) -> Docx {
    let (width, height, orient) = match orientation {
        Orientation::Portrait => (A4_SHORT, A4_LONG, PageOrientationType::Portrait),
        Orientation::Landscape => (A4_LONG, A4_SHORT, PageOrientationType::Landscape),
    };
    let page_number = Header::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center),
    );
    let mut document = Docx::new()
        .default_fonts(font())
        .default_size(BODY_SIZE)
        // The orientation after the size: setting the size resets it.
        .page_size(width, height)
        .page_orient(orient)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(567),
        )
        .header(page_number)
        .first_header(Header::new())
        .add_table(heading_table(heading, orientation))
        .add_paragraph(Paragraph::new())
        .add_paragraph(
            centred(text(heading.title, TITLE_SIZE).bold())
                .line_spacing(LineSpacing::new().before(240).after(0)),
        );
    for line in &heading.subtitle {
        document = document.add_paragraph(centred(text(line, BODY_SIZE).bold()));
    }
    document.add_paragraph(Paragraph::new())
}

/// A paragraph of body text: justified, first line indented 1 cm, 6 pt
/// after, as the decree lays out the body.
pub fn body(value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(text(value, BODY_SIZE))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(567)), None, None)
        .line_spacing(LineSpacing::new().before(0).after(120))
}

/// A heading inside the body ("1. Căn cứ tiến hành hòa giải").
pub fn section(value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(text(value, BODY_SIZE).bold())
        .line_spacing(LineSpacing::new().before(120).after(60))
        .keep_next(true)
}

/// One column of the signature block: the capacity in which people sign,
/// a hint in brackets, and the names printed under the space to sign.
#[derive(Debug, Clone)]
pub struct Signer {
    pub capacity: String,
    /// The signer's position under the capacity ("Chủ tịch" under "TM. Ủy
    /// ban nhân dân"), in bold capitals too; empty when there is none.
    pub position: String,
    pub hint: String,
    pub names: Vec<String>,
}

/// The signature block: one column per signer, side by side, capacity in
/// bold capitals, the hint in italics, room to sign above each name. A
/// single signer signs in the right half, as the decree places it.
pub fn signature_block(document: Docx, signers: &[Signer], orientation: Orientation) -> Docx {
    if signers.is_empty() {
        return document;
    }
    let width = orientation.text_width();
    let count = signers.len().max(2);
    let column = width / count;
    let blank = (signers.len() == 1).then(|| cell(vec![Paragraph::new()], column));
    let cells = blank
        .into_iter()
        .chain(signers.iter().map(|signer| {
            let mut lines = vec![centred(
                text(&signer.capacity.to_uppercase(), BODY_SIZE).bold(),
            )];
            if !signer.position.is_empty() {
                lines.push(centred(
                    text(&signer.position.to_uppercase(), BODY_SIZE).bold(),
                ));
            }
            lines.push(centred(text(&signer.hint, BODY_SIZE).italic()));
            for name in &signer.names {
                lines.push(
                    centred(text(name, BODY_SIZE).bold())
                        .line_spacing(LineSpacing::new().before(1200).after(0)),
                );
            }
            cell(lines, column)
        }))
        .collect();
    document.add_paragraph(Paragraph::new()).add_table(
        Table::without_borders(vec![TableRow::new(cells).cant_split()])
            .set_grid(vec![column; count])
            .width(width, WidthType::Dxa)
            .layout(TableLayoutType::Fixed),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_is_the_units_own_name_unless_it_is_a_number() {
        assert_eq!(place_name("Phường Bồ Xuyên", "Bồ Xuyên"), "Bồ Xuyên");
        assert_eq!(place_name("Phường 1", "1"), "Phường 1");
        assert_eq!(place_name("Xã Vũ Phúc", ""), "Xã Vũ Phúc");
    }

    #[test]
    fn the_date_line_writes_days_and_early_months_with_two_digits() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(
            place_and_date("Thái Bình", day(2025, 2, 5)),
            "Thái Bình, ngày 05 tháng 02 năm 2025"
        );
        assert_eq!(
            place_and_date("Bồ Xuyên", day(2026, 11, 28)),
            "Bồ Xuyên, ngày 28 tháng 11 năm 2026"
        );
        assert_eq!(
            place_and_date("Bồ Xuyên", day(2026, 3, 1)),
            "Bồ Xuyên, ngày 01 tháng 3 năm 2026"
        );
    }
}
