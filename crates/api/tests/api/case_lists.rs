//! Case lists, the 3-day rule and the team's logbook.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::{
    NewCase, assert_official_heading, document_xml, keep_document, step, ward_with_team,
};
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
                NewCase::for_team(team)
                    .kind(kind)
                    .party(&format!("Bên {n}"))
                    .received_on(day)
                    .json(),
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
    assert_eq!(
        counts.body[0],
        json!({"state": "received", "count": 5, "start_overdue": 0})
    );
    app.get("/api/v1/cases?cursor=nonsense", Auth::Bearer(&ward))
        .await
        .assert_problem(422, "validation_failed");
    let first = app.get("/api/v1/cases?cursor=", Auth::Bearer(&ward)).await;
    assert_eq!(first.status, 200, "an empty cursor is the first page");
}

/// The day in Vietnam `days` before today, as the API writes it.
fn days_ago(days: i64) -> String {
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    (today - chrono::Duration::days(days)).to_string()
}

#[actix_web::test]
async fn the_administrator_lists_every_case_that_the_counts_count() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    NewCase::for_team(team["id"].as_i64().unwrap())
        .create(&app, &ward)
        .await;
    // The administrator belongs to the province of Hưng Yên; the case to a
    // ward of the former Thái Bình province.
    app.user("quantri", Role::Admin, "33");
    let admin = app.login("quantri").await;
    let listed = app.get("/api/v1/cases", Auth::Bearer(&admin)).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    let counted = app.get("/api/v1/cases/counts", Auth::Bearer(&admin)).await;
    let total: i64 = counted
        .body
        .as_array()
        .map(|states| states.iter().filter_map(|s| s["count"].as_i64()).sum())
        .unwrap_or_default();
    assert_eq!(listed.body["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(total, 1, "{}", counted.body);
}

#[actix_web::test]
async fn the_three_day_rule_counts_from_the_day_recorded_for_the_assignment() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    app.user("tuphap", Role::CityJustice, "336");
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let team = team["id"].as_i64().unwrap();
    // Last week's paper records, entered today: received 10 days ago,
    // assigned 9 days ago, not started.
    let late = NewCase::for_team(team)
        .kind("water")
        .party("Bên A")
        .received_on(&days_ago(10))
        .create(&app, &ward)
        .await;
    let assigned = step(
        &app,
        &ward,
        late,
        json!({"action": "assign", "on": days_ago(9), "mediators": [{"mediator_id": mediator}]}),
    )
    .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    assert_eq!(assigned.body["assigned_on"], days_ago(9));
    assert!(
        assigned.body["assigned_at"].is_string(),
        "when it was written down"
    );
    assert_eq!(assigned.body["start_overdue"], true);
    // Received and assigned today: within the rule.
    let fresh = NewCase::for_team(team)
        .kind("water")
        .party("Bên B")
        .received_on(&days_ago(0))
        .create(&app, &ward)
        .await;
    let on_time = step(
        &app,
        &ward,
        fresh,
        json!({"action": "assign", "on": days_ago(0), "mediators": [{"mediator_id": mediator}]}),
    )
    .await;
    assert_eq!(on_time.body["start_overdue"], false);

    let case = app
        .get(&format!("/api/v1/cases/{late}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(case.body["start_overdue"], true);
    let history = case.body["history"].as_array().unwrap();
    let assign = history.iter().find(|e| e["action"] == "assign").unwrap();
    assert_eq!(assign["on"], days_ago(9));
    assert_eq!(
        assign["recorded_late"], true,
        "written down 9 days after it happened"
    );
    let fresh_case = app
        .get(&format!("/api/v1/cases/{fresh}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(fresh_case.body["start_overdue"], false);
    assert!(
        fresh_case.body["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["recorded_late"] == false)
    );

    for token in [ward.clone(), app.login("tuphap").await] {
        let overdue = app
            .get("/api/v1/cases?overdue=true", Auth::Bearer(&token))
            .await;
        let ids: Vec<_> = overdue.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        assert_eq!(ids, [late], "only the case assigned 9 days ago");
        assert_eq!(overdue.body["items"][0]["start_overdue"], true);
        let counts = app.get("/api/v1/cases/counts", Auth::Bearer(&token)).await;
        let assigned = counts
            .body
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["state"] == "assigned")
            .unwrap()
            .clone();
        assert_eq!(
            assigned,
            json!({"state": "assigned", "count": 2, "start_overdue": 1})
        );
    }

    // Once started, the case is no longer overdue anywhere.
    let started = step(
        &app,
        &ward,
        late,
        json!({"action": "start", "on": days_ago(1)}),
    )
    .await;
    assert_eq!(started.status, 200, "{}", started.body);
    assert_eq!(started.body["start_overdue"], false);
    assert_eq!(
        app.get("/api/v1/cases?overdue=true", Auth::Bearer(&ward))
            .await
            .body["items"],
        json!([])
    );
}

#[actix_web::test]
async fn a_step_before_the_previous_one_or_in_the_future_is_refused() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let team = team["id"].as_i64().unwrap();
    let case = NewCase::for_team(team)
        .kind("water")
        .party("Bên A")
        .received_on("2024-06-01")
        .create(&app, &ward)
        .await;
    let before_intake = step(
        &app,
        &ward,
        case,
        json!({"action": "assign", "on": "2024-05-31", "mediators": [{"mediator_id": mediator}]}),
    )
    .await;
    before_intake.assert_problem(422, "validation_failed");
    assert_eq!(
        before_intake.body["errors"][0],
        json!({"field": "on", "code": "day_before_previous_step",
               "message": "Ngày không được trước ngày của bước liền trước (01/06/2024)"})
    );
    let assigned = step(
        &app,
        &ward,
        case,
        json!({"action": "assign", "on": "2024-06-05", "mediators": [{"mediator_id": mediator}]}),
    )
    .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    // After the intake but before the assignment it follows: refused.
    let before_assignment = step(
        &app,
        &ward,
        case,
        json!({"action": "start", "on": "2024-06-03"}),
    )
    .await;
    before_assignment.assert_problem(422, "validation_failed");
    assert_eq!(
        before_assignment.body["errors"][0]["message"],
        "Ngày không được trước ngày của bước liền trước (05/06/2024)"
    );
    let future = step(
        &app,
        &ward,
        case,
        json!({"action": "start", "on": days_ago(-1)}),
    )
    .await;
    future.assert_problem(422, "validation_failed");
    assert_eq!(future.body["errors"][0]["code"], "day_in_future");
    let same_day = step(
        &app,
        &ward,
        case,
        json!({"action": "start", "on": "2024-06-05"}),
    )
    .await;
    assert_eq!(same_day.status, 200, "{}", same_day.body);
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
            NewCase::for_team(team)
                .kind("land_use")
                .party(name)
                .received_on(day)
                .json(),
        )
        .await;
    }
    app.post(
        "/api/v1/cases",
        Auth::Bearer(&ward),
        NewCase::for_team(team)
            .kind("land_use")
            .party("Năm Khác")
            .received_on("2023-12-30")
            .json(),
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
    keep_document("so-theo-doi-hoa-giai.docx", &bytes);
    let xml = document_xml(&bytes);
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    let month = match today.format("%m").to_string() {
        m if m == "01" || m == "02" => m,
        m => m.trim_start_matches('0').to_owned(),
    };
    assert_official_heading(
        &xml,
        "TỔ HÒA GIẢI TỔ DÂN PHỐ SỐ 3",
        &format!(
            "Bồ Xuyên, ngày {} tháng {month} năm {}",
            today.format("%d"),
            today.format("%Y")
        ),
    );
    let at = |text: &str| xml.find(text).unwrap_or_else(|| panic!("{text} missing"));
    assert!(at("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ") < at("PHẦN I"));
    assert!(at("Nguyễn Thứ Nhất") < at("Trần Thứ Hai") && at("Trần Thứ Hai") < at("Lê Thứ Ba"));
    assert!(!xml.contains("Năm Khác"), "only the year asked for");
    assert!(at("PHẦN II") > at("Lê Thứ Ba"));
    assert!(
        at("Lê Thứ Ba") < at("TỔ TRƯỞNG TỔ HÒA GIẢI"),
        "the leader signs"
    );
    assert!(at("TỔ TRƯỞNG TỔ HÒA GIẢI") < at("Nguyễn Văn An"));
    assert!(xml.contains(r#"w:orient="landscape""#));

    let partner = app.login("mttq").await;
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/teams/{team}/logbook?year=2024"), &partner)
        .await;
    assert_eq!(status, 403, "the logbook holds personal data");
}
