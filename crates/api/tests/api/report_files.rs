//! A report as the files officials file: the workbook read back with
//! calamine, the Word document unzipped, both checked for the figures.

use calamine::{Data, Reader, Xlsx};
use hgcs_domain::Role;

use crate::fixtures::{document_xml, keep_document, submitted_report};
use crate::support::TestApp;

#[actix_web::test]
async fn the_workbook_holds_the_figures_with_totals_excel_shows() {
    let app = TestApp::start().await;
    let (ward, report) = submitted_report(&app).await;
    let (status, headers, bytes) = app
        .get_bytes(&format!("/api/v1/reports/{}/xlsx", report["id"]), &ward)
        .await;
    assert_eq!(status, 200);
    assert!(
        headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("bao-cao-12436-2025-half_year.xlsx")
    );
    keep_document("bao-cao.xlsx", &bytes);
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Báo cáo").unwrap();
    let text = |row: u32, col: u32| {
        sheet
            .get_value((row, col))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    assert_eq!(text(0, 0), "BÁO CÁO KẾT QUẢ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ");
    assert!(
        text(1, 0).contains("6 tháng đầu năm 2025"),
        "{}",
        text(1, 0)
    );
    let header: Vec<String> = (0..6).map(|c| text(4, c)).collect();
    assert_eq!(
        header,
        [
            "Mã",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực tế",
            "Ước tính",
            "Tổng cộng"
        ]
    );
    let row_of = |code: &str| {
        (5..sheet.height() as u32)
            .find(|r| text(*r, 0) == code)
            .unwrap_or_else(|| panic!("no row {code}"))
    };
    let number = |row: u32, col: u32| match sheet.get_value((row, col)) {
        Some(Data::Float(f)) => Some(*f),
        Some(Data::Int(i)) => Some(*i as f64),
        _ => None,
    };
    let received = row_of("II.1");
    assert_eq!(text(received, 1), "Tổng số vụ, việc tiếp nhận");
    assert_eq!(
        (
            number(received, 3),
            number(received, 4),
            number(received, 5)
        ),
        (Some(3.0), Some(1.0), Some(4.0))
    );
    let civil = row_of("II.1.1");
    assert_eq!((number(civil, 3), number(civil, 5)), (Some(2.0), Some(3.0)));
    assert_eq!(
        number(row_of("I.4"), 3),
        Some(0.0),
        "nobody attended a training session"
    );
    // The totals are formulas Excel recalculates.
    let formulas = book.worksheet_formula("Báo cáo").unwrap();
    let formula = formulas
        .get_value((received, 5))
        .cloned()
        .unwrap_or_default();
    assert_eq!(formula, format!("SUM(D{0}:E{0})", received + 1));
}

#[actix_web::test]
async fn the_word_document_is_an_official_report_with_the_figures() {
    let app = TestApp::start().await;
    let (ward, report) = submitted_report(&app).await;
    let path = format!("/api/v1/reports/{}/docx", report["id"]);
    let (status, _, bytes) = app.get_bytes(&path, &ward).await;
    assert_eq!(status, 200);
    keep_document("bao-cao.docx", &bytes);
    let xml = document_xml(&bytes);
    for expected in [
        "ỦY BAN NHÂN DÂN PHƯỜNG BỒ XUYÊN",
        "Số: 07/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "6 tháng đầu năm 2025",
        "Tổng số vụ, việc tiếp nhận",
        "Đề nghị tập huấn thêm.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Times New Roman",
    ] {
        assert!(xml.contains(expected), "{expected} missing");
    }
    let today = hgcs_domain::time::today();
    assert!(xml.contains(&format!(
        "Bồ Xuyên, ngày {:02} tháng",
        chrono::Datelike::day(&today)
    )));
    let received = &xml[xml.find("Tổng số vụ, việc tiếp nhận").unwrap()..];
    let row = &received[..received.find("</w:tr>").unwrap()];
    let figures: Vec<&str> = row
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .map(|t| &t[..t.find('<').unwrap()])
        .collect();
    assert_eq!(figures, ["vụ, việc", "3", "1", "4"]);
    assert!(xml.contains("w:w=\"11906\""), "A4 portrait");

    // The city reads its ward's files; another ward does not.
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    assert_eq!(app.get_bytes(&path, &city).await.0, 200);
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    assert_eq!(app.get_bytes(&path, &other).await.0, 404);
    assert_eq!(
        app.get_bytes(&format!("/api/v1/reports/{}/xlsx", report["id"]), &other)
            .await
            .0,
        404
    );
}
