//! Importing a ward's register from CSV or XLSX: preview, then all or nothing.

use std::io::Write;
use std::time::Duration;

use serde_json::{Value, json};

use crate::fixtures::ward_with_team;
use crate::support::{Auth, TestApp};

const GOOD: &str = "STT;Thôn/tổ dân phố;Tổ hòa giải;Họ và tên;Giới tính;Năm sinh;Dân tộc;Trình độ;Nghề nghiệp;Tổ trưởng\n\
1;Tổ dân phố số 3;Tổ hòa giải số 2;Đinh Văn Một;Nam;1958;Kinh;Cử nhân Luật;Luật sư;x\n\
2;Tổ dân phố số 3;Tổ hòa giải số 2;Mai Thị Hai;Nữ;1970;Kinh;Đại học;Giáo viên;\n\
3;Tổ dân phố số 3;Tổ hòa giải số 2;Cao Văn Ba;Nam;1962;;Không;Hưu trí;\n";

async fn upload(app: &TestApp, token: &str, name: &str, bytes: &[u8]) -> crate::support::Reply {
    app.post_multipart(
        "/api/v1/imports",
        Auth::Bearer(token),
        &[("file", Some(name), "application/octet-stream", bytes)],
    )
    .await
}

async fn wait_done(app: &TestApp, token: &str, id: i64) -> Value {
    for _ in 0..100 {
        let state = app
            .get(&format!("/api/v1/imports/{id}"), Auth::Bearer(token))
            .await;
        if matches!(state.body["status"].as_str(), Some("done" | "failed")) {
            return state.body;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

#[actix_web::test]
async fn a_register_with_problems_is_shown_by_line_and_not_written() {
    let app = TestApp::start().await;
    let (ward, _, _) = ward_with_team(&app).await;
    let bad = "Thôn/tổ dân phố,Tổ hòa giải,Họ và tên,Giới tính,Năm sinh\n\
        Tổ dân phố số 3,Tổ mới,Người Một,Nam,1960\n\
        Tổ dân phố số 3,Tổ mới,Người Hai,Nam,năm ngoái\n\
        Thôn Không Có,Tổ khác,Người Ba,Nữ,1970\n";
    let preview = upload(&app, &ward, "so-hoa-giai.csv", bad.as_bytes()).await;
    assert_eq!(preview.status, 201, "{}", preview.body);
    let problems: Vec<(i64, String)> = preview.body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["line"].as_i64().unwrap(),
                p["field"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        [
            (3, "birth_year".into()),
            (4, "village".into()),
            (0, "team".into()),
            (0, "team".into())
        ],
        "{}",
        preview.body
    );
    assert!(
        preview.body["problems"][2]["message"]
            .as_str()
            .unwrap()
            .contains("03 hòa giải viên")
    );
    let id = preview.body["id"].as_i64().unwrap();
    app.post(
        &format!("/api/v1/imports/{id}/commit"),
        Auth::Bearer(&ward),
        json!(null),
    )
    .await
    .assert_problem(409, "conflict");
    let teams = app.get("/api/v1/teams", Auth::Bearer(&ward)).await;
    assert_eq!(
        teams.body.as_array().unwrap().len(),
        1,
        "only the team made before"
    );
}

#[actix_web::test]
async fn a_clean_csv_register_is_written_with_its_progress() {
    let app = TestApp::start().await;
    let (ward, _, _) = ward_with_team(&app).await;
    let preview = upload(&app, &ward, "so.csv", GOOD.as_bytes()).await;
    assert_eq!(preview.body["problems"], json!([]), "{}", preview.body);
    assert_eq!(preview.body["total"], 3);
    assert_eq!(preview.body["rows"][0]["education"], "law_degree");
    let id = preview.body["id"].as_i64().unwrap();
    let started = app
        .post(
            &format!("/api/v1/imports/{id}/commit"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(started.status, 202, "{}", started.body);
    let done = wait_done(&app, &ward, id).await;
    assert_eq!(done["status"], "done", "{done}");
    assert_eq!(done["processed"], 3);
    let teams = app.get("/api/v1/teams", Auth::Bearer(&ward)).await;
    let imported = teams
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Tổ hòa giải số 2")
        .unwrap()
        .clone();
    assert_eq!(imported["members"].as_array().unwrap().len(), 3);
    assert_eq!(imported["shortfalls"], json!([]));
    assert_eq!(imported["members"][0]["full_name"], "Đinh Văn Một");
    assert_eq!(imported["members"][0]["is_leader"], true);
    app.post(
        &format!("/api/v1/imports/{id}/commit"),
        Auth::Bearer(&ward),
        json!(null),
    )
    .await
    .assert_problem(409, "conflict");
}

/// The smallest XLSX file Excel writes: one sheet of inline strings.
fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, value) in row.iter().enumerate() {
            let column = char::from(b'A' + u8::try_from(c).unwrap());
            sheet.push_str(&format!(
                r#"<c r="{column}{}" t="inlineStr"><is><t>{value}</t></is></c>"#,
                r + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in files {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[actix_web::test]
async fn an_xlsx_register_is_read_like_a_csv_one() {
    let app = TestApp::start().await;
    let (ward, _, _) = ward_with_team(&app).await;
    let book = xlsx(&[
        &[
            "Họ và tên",
            "Giới tính",
            "Năm sinh",
            "Tổ hòa giải",
            "Thôn/tổ dân phố",
        ],
        &["Hà Văn Một", "Nam", "1961", "Tổ số 5", "Tổ dân phố số 3"],
        &["Hồ Thị Hai", "Nữ", "1966", "Tổ số 5", "Tổ dân phố số 3"],
        &["Hứa Văn Ba", "Nam", "1972", "Tổ số 5", "Tổ dân phố số 3"],
    ]);
    let preview = upload(&app, &ward, "danh-sach.xlsx", &book).await;
    assert_eq!(preview.status, 201, "{}", preview.body);
    assert_eq!(preview.body["problems"], json!([]));
    assert_eq!(preview.body["rows"][1]["full_name"], "Hồ Thị Hai");
    let text = upload(&app, &ward, "notes.txt", b"hello").await;
    text.assert_problem(415, "unsupported_media_type");
}

#[actix_web::test]
async fn only_the_ward_imports_into_its_own_registry() {
    let app = TestApp::start().await;
    let (ward, _, _) = ward_with_team(&app).await;
    app.user("detham", hgcs_domain::Role::WardOfficial, "12439");
    app.user("mttq", hgcs_domain::Role::FrontPartner, "336");
    let preview = upload(&app, &ward, "so.csv", GOOD.as_bytes()).await;
    let id = preview.body["id"].as_i64().unwrap();
    let other = app.login("detham").await;
    app.get(&format!("/api/v1/imports/{id}"), Auth::Bearer(&other))
        .await
        .assert_problem(404, "not_found");
    app.post(
        &format!("/api/v1/imports/{id}/commit"),
        Auth::Bearer(&other),
        json!(null),
    )
    .await
    .assert_problem(404, "not_found");
    let partner = app.login("mttq").await;
    upload(&app, &partner, "so.csv", GOOD.as_bytes())
        .await
        .assert_problem(403, "forbidden");
}
