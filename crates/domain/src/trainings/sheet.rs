//! Reading an attendance sheet (XLSX or CSV, as cells) against a session's
//! invitees: one mediator per row, named as on the register, with a mark
//! ("x", "có mặt", "vắng", "vắng có phép") and, if not the whole session,
//! the minutes or hours present. Headers in any order, with or without
//! accents, below any title rows.

use super::AttendanceStatus;
use crate::Lang;
use crate::api::imports::ImportProblem;
use crate::api::trainings::{Invitee, SheetMark};
use crate::text::search_key;

const NAME: &[&str] = &["ho va ten", "ho ten", "hoa giai vien", "ten hoa giai vien"];
const TEAM: &[&str] = &["to hoa giai", "ten to hoa giai", "to"];
const STATUS: &[&str] = &["diem danh", "trang thai", "co mat", "tham du"];
const MINUTES: &[&str] = &["so phut", "phut", "thoi gian (phut)"];
const HOURS: &[&str] = &["so gio", "gio", "thoi gian (gio)"];
/// Title rows a sheet may have above its header.
const HEADER_WITHIN: usize = 10;

/// The marks a sheet gives, each matched to an invitee, and every problem
/// by line (numbered as in the file). `session` is the session's length in
/// minutes.
pub fn read(
    table: &[Vec<String>],
    invitees: &[Invitee],
    session: i32,
    lang: Lang,
) -> (Vec<SheetMark>, Vec<ImportProblem>) {
    let say = |vi: &str, en: &str| match lang {
        Lang::Vi => vi.to_owned(),
        Lang::En => en.to_owned(),
    };
    let mut marks: Vec<SheetMark> = Vec::new();
    let mut problems = Vec::new();
    let Some((at, header)) = table
        .iter()
        .enumerate()
        .take(HEADER_WITHIN)
        .find(|(_, row)| column(row, NAME).is_some())
    else {
        problems.push(problem(
            1,
            "full_name",
            say(
                "Không thấy cột «Họ và tên» trong mười dòng đầu",
                "No \"Họ và tên\" (full name) column in the first ten lines",
            ),
        ));
        return (marks, problems);
    };
    let name_at = column(header, NAME).unwrap_or_default();
    let Some(status_at) = column(header, STATUS) else {
        problems.push(problem(
            at + 1,
            "status",
            say(
                "Không thấy cột «Điểm danh» (x, có mặt, vắng, vắng có phép)",
                "No \"Điểm danh\" column (x, present, absent, excused)",
            ),
        ));
        return (marks, problems);
    };
    let team_at = column(header, TEAM);
    let minutes_at = column(header, MINUTES);
    let hours_at = column(header, HOURS);
    for (i, row) in table.iter().enumerate().skip(at + 1) {
        let line = i + 1;
        let cell = |at: Option<usize>| {
            at.and_then(|c| row.get(c))
                .map_or("", |text| text.trim())
                .to_owned()
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let name = cell(Some(name_at));
        if name.is_empty() {
            problems.push(problem(
                line,
                "full_name",
                say("Dòng không có họ và tên", "The line has no name"),
            ));
            continue;
        }
        let Some(status) = status_of(&cell(Some(status_at))) else {
            problems.push(problem(
                line,
                "status",
                say(
                    &format!(
                        "«{}»: ghi x, có mặt, vắng hoặc vắng có phép",
                        cell(Some(status_at))
                    ),
                    &format!(
                        "\"{}\": write x, present, absent or excused",
                        cell(Some(status_at))
                    ),
                ),
            ));
            continue;
        };
        let minutes = match present_minutes(&cell(minutes_at), &cell(hours_at), session) {
            Ok(minutes) => minutes.filter(|_| status == AttendanceStatus::Present),
            Err(()) => {
                problems.push(problem(
                    line,
                    "minutes",
                    say(
                        &format!("Thời gian có mặt phải từ 0 đến {session} phút"),
                        &format!("Time present must be 0 to {session} minutes"),
                    ),
                ));
                continue;
            }
        };
        let team = cell(team_at);
        let mut found: Vec<&Invitee> = invitees
            .iter()
            .filter(|i| search_key(&i.mediator.full_name) == search_key(&name))
            .collect();
        if found.len() > 1 && !team.is_empty() {
            found.retain(|i| search_key(&i.team.name) == search_key(&team));
        }
        let invitee = match found.as_slice() {
            [one] => *one,
            [] => {
                problems.push(problem(
                    line,
                    "full_name",
                    say(
                        &format!("«{name}» không có trong danh sách mời của lớp"),
                        &format!("\"{name}\" was not invited to the course"),
                    ),
                ));
                continue;
            }
            _ => {
                problems.push(problem(
                    line,
                    "full_name",
                    say(
                        &format!("Lớp mời nhiều người tên «{name}»: ghi thêm cột «Tổ hòa giải»"),
                        &format!(
                            "Several invitees are named \"{name}\": add the \"Tổ hòa giải\" column"
                        ),
                    ),
                ));
                continue;
            }
        };
        if let Some(earlier) = marks.iter().find(|m| m.mediator.id == invitee.mediator.id) {
            problems.push(problem(
                line,
                "full_name",
                say(
                    &format!("«{name}» đã có ở dòng {}", earlier.line),
                    &format!("\"{name}\" is already on line {}", earlier.line),
                ),
            ));
            continue;
        }
        marks.push(SheetMark {
            line,
            mediator: invitee.mediator.clone(),
            team: invitee.team.clone(),
            status,
            minutes,
        });
    }
    (marks, problems)
}

fn column(header: &[String], words: &[&str]) -> Option<usize> {
    header
        .iter()
        .position(|h| words.contains(&search_key(h).as_str()))
}

/// A mark as people write it; a blank one is an absence.
fn status_of(text: &str) -> Option<AttendanceStatus> {
    match search_key(text).as_str() {
        "x" | "co mat" | "co" | "present" | "1" => Some(AttendanceStatus::Present),
        "" | "vang" | "absent" | "0" | "-" => Some(AttendanceStatus::Absent),
        "vang co phep" | "co phep" | "cp" | "p" | "excused" => Some(AttendanceStatus::Excused),
        _ => None,
    }
}

/// Minutes present from either column (minutes first), none when both are
/// blank: the whole session.
fn present_minutes(minutes: &str, hours: &str, session: i32) -> Result<Option<i32>, ()> {
    let value = if !minutes.is_empty() {
        minutes.replace(',', ".").parse::<f64>().map_err(|_| ())?
    } else if !hours.is_empty() {
        hours.replace(',', ".").parse::<f64>().map_err(|_| ())? * 60.0
    } else {
        return Ok(None);
    };
    let rounded = value.round();
    if !(0.0..=f64::from(session)).contains(&rounded) {
        return Err(());
    }
    // In 0..=session, so it fits.
    Ok(Some(rounded as i32))
}

fn problem(line: usize, field: &str, message: String) -> ImportProblem {
    ImportProblem {
        line,
        field: field.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::mediation::MediatorSummary;
    use crate::api::mediators::TeamRef;
    use crate::mediation::Sex;
    use crate::{MediatorId, TeamId};

    fn invitee(id: i64, name: &str, team: &str) -> Invitee {
        Invitee {
            mediator: MediatorSummary {
                id: MediatorId(id),
                full_name: name.into(),
                sex: Sex::Female,
                birth_year: 1970,
                ethnicity: "Kinh".into(),
                active: true,
                is_leader: false,
            },
            team: TeamRef {
                id: TeamId(id * 10),
                name: team.into(),
            },
            commune: None,
            minutes: 0,
            certified: false,
        }
    }

    fn table(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    fn invited() -> Vec<Invitee> {
        vec![
            invitee(1, "Nguyễn Thị Hoà", "Tổ số 1"),
            invitee(2, "Lê Văn Đức", "Tổ số 1"),
            invitee(3, "Trần Văn Nam", "Tổ số 1"),
            invitee(4, "Trần Văn Nam", "Tổ số 2"),
        ]
    }

    #[test]
    fn a_sheet_under_a_title_is_read_whatever_its_accents() {
        let sheet = table(&[
            &["DANH SÁCH ĐIỂM DANH"],
            &[],
            &["STT", "Ho va ten", "To hoa giai", "Diem danh", "So gio"],
            &["1", "Nguyễn Thị Hòa", "", "x", ""],
            &["2", "le van duc", "", "vắng có phép", ""],
            &["3", "Trần Văn Nam", "Tổ số 2", "có mặt", "1,5"],
            &["", "", "", "", ""],
            &["4", "Trần Văn Nam", "to so 1", "", ""],
        ]);
        let (marks, problems) = read(&sheet, &invited(), 180, Lang::Vi);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<_> = marks
            .iter()
            .map(|m| (m.line, m.mediator.id.0, m.status, m.minutes))
            .collect();
        assert_eq!(
            got,
            [
                (4, 1, AttendanceStatus::Present, None),
                (5, 2, AttendanceStatus::Excused, None),
                (6, 4, AttendanceStatus::Present, Some(90)),
                (8, 3, AttendanceStatus::Absent, None),
            ]
        );
    }

    #[test]
    fn every_bad_line_is_named_and_the_good_ones_kept() {
        let sheet = table(&[
            &["Họ và tên", "Điểm danh", "Số phút"],
            &["Trần Văn Nam", "x", ""],
            &["Phạm Văn Lạ", "x", ""],
            &["Lê Văn Đức", "đi muộn", ""],
            &["Nguyễn Thị Hoà", "x", "200"],
            &["Nguyễn Thị Hoà", "x", "120"],
            &["Nguyễn Thị Hoà", "x", ""],
            &["", "x", ""],
        ]);
        let (marks, problems) = read(&sheet, &invited(), 180, Lang::En);
        let lines: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.field.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (2, "full_name"),
                (3, "full_name"),
                (4, "status"),
                (5, "minutes"),
                (7, "full_name"),
                (8, "full_name"),
            ]
        );
        assert!(problems[0].message.contains("Tổ hòa giải"));
        assert!(problems[5 - 1].message.contains("line 6"), "{problems:?}");
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].minutes, Some(120));
    }

    #[test]
    fn a_sheet_without_its_columns_says_which() {
        let (_, problems) = read(&table(&[&["Tên", "Có mặt"]]), &invited(), 60, Lang::Vi);
        assert_eq!(problems[0].field, "full_name");
        let (_, problems) = read(&table(&[&["Họ tên", "Ghi chú"]]), &invited(), 60, Lang::Vi);
        assert_eq!(problems[0].field, "status");
    }
}
