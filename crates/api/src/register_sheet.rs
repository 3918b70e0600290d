//! Reading the registers of teams and mediators wards keep today, as XLSX
//! or CSV: one mediator per row, headers in Vietnamese, in any order and
//! with or without accents ("Họ và tên", "ho va ten").

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use hgcs_domain::api::imports::{ImportProblem, ImportRow};
use hgcs_domain::mediation::Sex;
use hgcs_domain::text::{clean, search_key};

/// The columns of a register and the header words that name them.
const COLUMNS: [(&str, &[&str]); 10] = [
    (
        "village",
        &["thon/to dan pho", "thon, to dan pho", "thon", "to dan pho"],
    ),
    ("team", &["to hoa giai", "ten to hoa giai"]),
    ("full_name", &["ho va ten", "ho ten"]),
    ("sex", &["gioi tinh"]),
    ("birth_year", &["nam sinh"]),
    ("ethnicity", &["dan toc"]),
    (
        "education",
        &["trinh do", "trinh do chuyen mon", "trinh do hoc van"],
    ),
    ("occupation", &["nghe nghiep"]),
    ("phone", &["dien thoai", "so dien thoai"]),
    ("leader", &["to truong"]),
];
const REQUIRED: [&str; 5] = ["village", "team", "full_name", "sex", "birth_year"];

/// Cells of each row as text, the header first. A cell holding a NUL
/// character refuses the file: no register has one, and it could not be
/// stored.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let table = read_cells(file_name, bytes)?;
    match table
        .iter()
        .position(|row| row.iter().any(|cell| cell.contains('\0')))
    {
        Some(row) => Err(format!(
            "line {} holds a NUL character; save the sheet again as text",
            row + 1
        )),
        None => Ok(table),
    }
}

fn read_cells(file_name: &str, bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".xlsx") {
        let mut book: Xlsx<_> =
            Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("not a readable XLSX file: {e}"))?;
        let sheet = book
            .worksheet_range_at(0)
            .ok_or("the workbook has no sheet")?
            .map_err(|e| format!("cannot read the first sheet: {e}"))?;
        Ok(sheet
            .rows()
            .map(|row| row.iter().map(cell_text).collect())
            .collect())
    } else if lower.ends_with(".csv") {
        let text = std::str::from_utf8(bytes).map_err(|_| "the CSV file is not UTF-8 text")?;
        let text = text.trim_start_matches('\u{feff}');
        // Read from the first lines, as a title line above the header
        // may hold neither.
        let first = text.lines().take(10);
        let (semicolons, commas) = first.fold((0, 0), |(s, c), line| {
            (s + line.matches(';').count(), c + line.matches(',').count())
        });
        let delimiter = if semicolons > commas { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        // Blank lines are kept as empty rows, so a row's index is its line
        // in the file, as the problems name it.
        let mut table: Vec<Vec<String>> = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| format!("CSV: {e}"))?;
            // The reader counts neither blank lines nor those before a
            // record: count the line breaks up to its first character.
            let after = record.position().map_or(0, |p| p.byte());
            let after = usize::try_from(after).unwrap_or(usize::MAX).min(text.len());
            let bytes = text.as_bytes();
            let start = after
                + bytes[after..]
                    .iter()
                    .take_while(|b| matches!(b, b'\n' | b'\r'))
                    .count();
            let line = bytes[..start].iter().filter(|&&b| b == b'\n').count() + 1;
            while table.len() + 1 < line {
                table.push(Vec::new());
            }
            table.push(record.iter().map(str::to_owned).collect());
        }
        Ok(table)
    } else {
        Err("choose an .xlsx or .csv file".into())
    }
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Rows of mediators with every problem found in them.
pub fn parse(table: &[Vec<String>]) -> (Vec<ImportRow>, Vec<ImportProblem>) {
    let mut problems = Vec::new();
    let Some(header) = table.first() else {
        problems.push(problem(1, "file", "Tệp không có dữ liệu"));
        return (Vec::new(), problems);
    };
    let index: Vec<(&str, Option<usize>)> = COLUMNS
        .iter()
        .map(|(name, words)| {
            let found = header
                .iter()
                .position(|h| words.contains(&search_key(h).as_str()));
            (*name, found)
        })
        .collect();
    for name in REQUIRED {
        if index.iter().any(|(n, i)| *n == name && i.is_none()) {
            problems.push(problem(
                1,
                name,
                &format!("Thiếu cột bắt buộc «{}»", heading(name)),
            ));
        }
    }
    if !problems.is_empty() {
        return (Vec::new(), problems);
    }
    let get = |row: &[String], name: &str| -> String {
        index
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, i)| *i)
            .and_then(|i| row.get(i))
            .map(|v| clean(v))
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for (offset, cells) in table.iter().enumerate().skip(1) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = offset + 1;
        let sex = match search_key(&get(cells, "sex")).as_str() {
            "nam" => Some(Sex::Male),
            "nu" => Some(Sex::Female),
            _ => {
                problems.push(problem(line, "sex", "Giới tính phải là «Nam» hoặc «Nữ»"));
                None
            }
        };
        let birth_year = get(cells, "birth_year")
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2010).contains(y));
        if birth_year.is_none() {
            problems.push(problem(
                line,
                "birth_year",
                "Năm sinh phải là số năm, ví dụ 1965",
            ));
        }
        for name in ["village", "team", "full_name"] {
            if get(cells, name).is_empty() {
                problems.push(problem(line, name, &format!("Thiếu «{}»", heading(name))));
            }
        }
        let education = search_key(&get(cells, "education"));
        let education = if education.contains("luat") {
            "law_degree"
        } else if education.is_empty() || education.starts_with("khong") {
            "none"
        } else {
            "other_degree"
        };
        let ethnicity = get(cells, "ethnicity");
        rows.push(ImportRow {
            line,
            village: get(cells, "village"),
            team: get(cells, "team"),
            full_name: get(cells, "full_name"),
            sex,
            birth_year,
            ethnicity: if ethnicity.is_empty() {
                "Kinh".into()
            } else {
                ethnicity
            },
            education: education.into(),
            occupation: get(cells, "occupation"),
            phone: get(cells, "phone"),
            leader: matches!(
                search_key(&get(cells, "leader")).as_str(),
                "x" | "co" | "1" | "yes" | "to truong"
            ),
        });
    }
    if rows.is_empty() {
        problems.push(problem(1, "file", "Tệp không có dòng hòa giải viên nào"));
    }
    (rows, problems)
}

fn heading(column: &str) -> &'static str {
    match column {
        "village" => "Thôn/tổ dân phố",
        "team" => "Tổ hòa giải",
        "full_name" => "Họ và tên",
        "sex" => "Giới tính",
        "birth_year" => "Năm sinh",
        _ => "cột",
    }
}

pub fn problem(line: usize, field: &str, message: &str) -> ImportProblem {
    ImportProblem {
        line,
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Vec<Vec<String>> {
        read_table("so.csv", text.as_bytes()).unwrap_or_default()
    }

    #[test]
    fn a_csv_row_keeps_its_line_past_blank_lines_and_a_title() {
        let t = table("DANH SÁCH\n\nHọ và tên;Điểm danh\n\n\nAn;x\n");
        assert_eq!(t.len(), 6, "{t:?}");
        assert_eq!(t[2], ["Họ và tên", "Điểm danh"]);
        assert_eq!(t[5], ["An", "x"]);
    }

    #[test]
    fn headers_are_found_whatever_their_accents_and_order() {
        let t = table(
            "Năm sinh;Họ và tên;Giới tính;Tổ hòa giải;Thôn/tổ dân phố;Tổ trưởng\n1960;Nguyễn Văn A;Nam;Tổ số 1;Tổ dân phố số 1;x\n",
        );
        let (rows, problems) = parse(&t);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows[0].full_name, "Nguyễn Văn A");
        assert_eq!(rows[0].birth_year, Some(1960));
        assert!(rows[0].leader);
        assert_eq!(rows[0].ethnicity, "Kinh");
    }

    #[test]
    fn every_bad_cell_is_reported_with_its_line() {
        let t = table(
            "ho va ten,gioi tinh,nam sinh,to hoa giai,thon\nA,Nam,1960,T,V\nB,khác,19x0,T,V\n",
        );
        let (_, problems) = parse(&t);
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.field.as_str()))
            .collect();
        assert_eq!(found, [(3, "sex"), (3, "birth_year")]);
        let (_, missing) = parse(&table("ho va ten,nam sinh\nA,1960\n"));
        assert_eq!(
            missing.len(),
            3,
            "village, team and sex columns are missing"
        );
    }
}
