//! A certificate of attendance (giấy chứng nhận) of a training course, in
//! the administrative layout: issued by the course's organiser (under the
//! people's committee of its unit), numbered per course.

use hgcs_db::PgConnection;
use hgcs_db::models::course::{CertificateRow, CourseRow};
use hgcs_db::models::{mediator, organisation, team, unit};
use hgcs_domain::{OrganisationId, TeamId, UnitId};

use super::layout::{
    Heading, Orientation, Signer, body, official_document, place_name, signature_block,
};
use super::pack;
use crate::error::ApiError;

/// The symbol after the number: GCN for giấy chứng nhận (NĐ 30/2020, Phụ
/// lục III).
pub const SYMBOL: &str = "GCN";

fn day(on: chrono::NaiveDate) -> String {
    on.format("%d/%m/%Y").to_string()
}

/// "3 giờ 30 phút", "4 giờ".
pub fn duration(minutes: i32) -> String {
    match (minutes / 60, minutes % 60) {
        (hours, 0) => format!("{hours} giờ"),
        (0, rest) => format!("{rest} phút"),
        (hours, rest) => format!("{hours} giờ {rest} phút"),
    }
}

/// The certificate `row` of `course`.
pub fn certificate_docx(
    conn: &mut PgConnection,
    course: &CourseRow,
    row: &CertificateRow,
) -> Result<Vec<u8>, ApiError> {
    let unit = unit::find(conn, UnitId(course.unit_id))?;
    let committee = format!("Ủy ban nhân dân {}", unit.name);
    let organiser = course
        .organiser_id
        .map(|id| organisation::find(conn, OrganisationId(id)))
        .transpose()?
        .map(|o| o.name);
    let issuer = organiser.clone().unwrap_or_else(|| committee.clone());
    let person = mediator::find(conn, hgcs_domain::MediatorId(row.mediator_id))?;
    let serves = match person.team_id {
        Some(id) => {
            let team = team::find(conn, TeamId(id))?;
            let place = unit::find(conn, UnitId(team.unit_id))?;
            format!("Hòa giải viên {}, {}", team.name, place.name)
        }
        None => "Hòa giải viên".to_owned(),
    };
    let heading = Heading {
        parent_body: organiser.as_ref().map(|_| committee.as_str()),
        issuer: &issuer,
        number: Some(format!("{:02}/{SYMBOL}", row.number)),
        place: &place_name(&unit.name, &unit.short_name),
        day: row.issued_on,
        title: "GIẤY CHỨNG NHẬN",
        subtitle: vec!["Tham dự lớp tập huấn, bồi dưỡng hòa giải viên".to_owned()],
    };
    let venue = if course.venue.is_empty() {
        String::new()
    } else {
        format!(" tại {}", course.venue)
    };
    let paragraphs = [
        format!("{issuer} chứng nhận:"),
        format!(
            "Ông/Bà: {}, sinh năm {}.",
            person.full_name, person.birth_year
        ),
        format!("{serves}."),
        format!(
            "Đã tham dự lớp tập huấn «{}» từ ngày {} đến ngày {}{venue}, với thời gian tham dự {}.",
            course.title,
            day(course.starts_on),
            day(course.ends_on),
            duration(row.minutes)
        ),
    ];
    let document = paragraphs.iter().fold(
        official_document(&heading, Orientation::Portrait),
        |d, p| d.add_paragraph(body(p)),
    );
    let signer = Signer {
        capacity: format!("TM. {issuer}"),
        position: String::new(),
        hint: "(Ký, ghi rõ họ tên, đóng dấu)".into(),
        names: vec![String::new()],
    };
    pack(signature_block(document, &[signer], Orientation::Portrait))
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn a_duration_reads_in_hours_and_minutes() {
        assert_eq!(duration(390), "6 giờ 30 phút");
        assert_eq!(duration(240), "4 giờ");
        assert_eq!(duration(45), "45 phút");
    }
}
