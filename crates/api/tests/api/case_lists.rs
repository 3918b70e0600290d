//! Case lists, the 3-day rule and the team's logbook.

use std::io::Read;

use hgcs_domain::Role;
use serde_json::json;

use crate::cases::{intake, step};
use crate::mediation::ward_with_team;
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn lists_page_by_received_day_and_filter() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let team = team["id"].as_i64().unwrap();
    for (n, day) in [
        "2024-01-05",
        "2024-02-05",
        "2024-03-05",
        "2024-04-05",
        "2024-05-05",
    ]
    .iter()
    .enumerate()
    {
        let kind = if n % 2 == 0 {
            "land_use"
        } else {
            "marriage_family"
        };
        let reply = app
            .post(
                "/api/v1/cases",
                Auth::Bearer(&ward),
                intake(team, kind, &format!("Bên {n}"), day),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
    }
    let first = app.get("/api/v1/cases?limit=2", Auth::Bearer(&ward)).await;
    let days: Vec<_> = first.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["received_on"].clone())
        .collect();
    assert_eq!(days, ["2024-05-05", "2024-04-05"]);
    assert!(
        first.body["items"][0]["parties"].is_null(),
        "lists carry no personal data"
    );
    let cursor = first.body["next_cursor"].as_str().unwrap().to_owned();
    let second = app
        .get(
            &format!("/api/v1/cases?limit=2&cursor={cursor}"),
            Auth::Bearer(&ward),
        )
        .await;
    let days: Vec<_> = second.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["received_on"].clone())
        .collect();
    assert_eq!(days, ["2024-03-05", "2024-02-05"]);
    let family = app
        .get("/api/v1/cases?kind=marriage_family", Auth::Bearer(&ward))
        .await;
    assert_eq!(family.body["items"].as_array().unwrap().len(), 2);
    let range = app
        .get(
            "/api/v1/cases?from=2024-02-01&to=2024-03-31",
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(range.body["items"].as_array().unwrap().len(), 2);
    let counts = app.get("/api/v1/cases/counts", Auth::Bearer(&ward)).await;
    assert_eq!(counts.body[0], json!({"state": "received", "count": 5}));
    app.get("/api/v1/cases?cursor=nonsense", Auth::Bearer(&ward))
        .await
        .assert_problem(400, "invalid_query");
}

#[actix_web::test]
async fn a_case_not_started_three_days_after_assignment_is_overdue() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let team = team["id"].as_i64().unwrap();
    let case = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            intake(team, "water", "Bên A", "2024-06-01"),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    step(
        &app,
        &ward,
        case,
        json!({"action": "assign", "on": "2024-06-01", "mediators": [{"mediator_id": mediator}]}),
    )
    .await;
    assert_eq!(
        app.get("/api/v1/cases?overdue=true", Auth::Bearer(&ward))
            .await
            .body["items"],
        json!([])
    );
    {
        use diesel::prelude::*;
        use hgcs_db::schema::cases;
        diesel::update(cases::table.find(case))
            .set(cases::assigned_at.eq(chrono::Utc::now() - chrono::Duration::days(4)))
            .execute(&mut app.conn())
            .unwrap();
    }
    let overdue = app
        .get("/api/v1/cases?overdue=true", Auth::Bearer(&ward))
        .await;
    assert_eq!(overdue.body["items"][0]["id"], case);
    assert_eq!(overdue.body["items"][0]["start_overdue"], true);
}

#[actix_web::test]
async fn the_logbook_downloads_as_a_word_document_with_entries_in_order() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    app.user("mttq", Role::FrontPartner, "336");
    let team = team["id"].as_i64().unwrap();
    for (name, day) in [
        ("Nguyễn Thứ Nhất", "2024-02-01"),
        ("Trần Thứ Hai", "2024-03-01"),
        ("Lê Thứ Ba", "2024-04-01"),
    ] {
        app.post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            intake(team, "land_use", name, day),
        )
        .await;
    }
    app.post(
        "/api/v1/cases",
        Auth::Bearer(&ward),
        intake(team, "land_use", "Năm Khác", "2023-12-30"),
    )
    .await;
    let (status, headers, bytes) = app
        .get_bytes(&format!("/api/v1/teams/{team}/logbook?year=2024"), &ward)
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        headers.get("content-type").unwrap(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let at = |text: &str| xml.find(text).unwrap_or_else(|| panic!("{text} missing"));
    assert!(at("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ") < at("PHẦN I"));
    assert!(at("Nguyễn Thứ Nhất") < at("Trần Thứ Hai") && at("Trần Thứ Hai") < at("Lê Thứ Ba"));
    assert!(!xml.contains("Năm Khác"), "only the year asked for");
    assert!(at("PHẦN II") > at("Lê Thứ Ba"));
    assert!(xml.contains("Times New Roman"));

    let partner = app.login("mttq").await;
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/teams/{team}/logbook?year=2024"), &partner)
        .await;
    assert_eq!(status, 403, "the logbook holds personal data");
}
