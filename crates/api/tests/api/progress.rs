//! Progress reports with evidence files, the event rule, and due lists.

use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::plan_42;
use crate::support::{Auth, TestApp};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

fn update(body: &str, progress: i32) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "reported_on": "2022-10-05", "body": body, "status": "in_progress", "progress": progress,
        "figures": [{"label": "Số hòa giải viên được tập huấn", "value": "57"}],
    }))
    .unwrap()
}

/// A ward with its plan made from plan 42; returns (ward token, a ward task id).
async fn ward_with_plan(app: &TestApp) -> (String, i64) {
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    let city_id = plan_42(app, &ward).await["id"].as_i64().unwrap();
    let made = app
        .post(
            &format!("/api/v1/plans/{city_id}/ward-plan"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let task = made.body["tasks"][0]["id"].as_i64().unwrap();
    (ward, task)
}

/// Files left in this server's temporary upload folder.
fn leftover_temp_files(app: &TestApp) -> usize {
    std::fs::read_dir(app.files_dir.join("tmp")).map_or(0, |entries| entries.count())
}

#[actix_web::test]
async fn a_ward_reports_with_a_file_the_city_downloads_it_another_ward_cannot() {
    let app = TestApp::start().await;
    let (ward, task) = ward_with_plan(&app).await;
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("detham", Role::WardOfficial, "12439");

    let posted = app
        .post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(&ward),
            &[
                (
                    "update",
                    None,
                    "application/json",
                    &update("Đã đăng tải tài liệu lên trang thông tin của phường", 60),
                ),
                ("files", Some("Báo cáo quý III.pdf"), "application/pdf", PDF),
            ],
        )
        .await;
    assert_eq!(posted.status, 201, "{}", posted.body);
    assert_eq!(posted.body["progress"], 60);
    assert_eq!(posted.body["figures"][0]["value"], "57");
    let evidence = &posted.body["evidence"][0];
    assert_eq!(evidence["file_name"], "Báo cáo quý III.pdf");
    assert_eq!(evidence["content_type"], "application/pdf");
    assert_eq!(evidence["size_bytes"], PDF.len());
    let evidence_id = evidence["id"].as_i64().unwrap();

    let city = app.login("phongtuphap").await;
    let detail = app
        .get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(&city))
        .await;
    assert_eq!(detail.status, 200);
    assert_eq!(detail.body["task"]["status"], "in_progress");
    assert_eq!(detail.body["task"]["progress"], 60);
    assert_eq!(detail.body["updates"].as_array().unwrap().len(), 1);
    assert_eq!(detail.body["can_report"], false);
    let (status, headers, bytes) = app
        .get_bytes(&format!("/api/v1/evidence/{evidence_id}"), &city)
        .await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PDF);
    let disposition = headers
        .get("content-disposition")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.contains("attachment") && disposition.contains("UTF-8''B%C3%A1o"),
        "{disposition}"
    );

    let other = app.login("detham").await;
    app.get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(&other))
        .await
        .assert_problem(404, "not_found");
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/evidence/{evidence_id}"), &other)
        .await;
    assert_eq!(status, 404);
    let refused = app
        .post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(&other),
            &[("update", None, "application/json", &update("not mine", 10))],
        )
        .await;
    refused.assert_problem(404, "not_found");

    let audit_admin = {
        app.user("root", Role::Admin, "34");
        app.login("root").await
    };
    let log = app
        .get(
            "/api/v1/audit?entity=task_update",
            Auth::Bearer(&audit_admin),
        )
        .await;
    assert_eq!(
        log.body["items"][0]["details"]["files"][0]["name"],
        "Báo cáo quý III.pdf"
    );
}

#[actix_web::test]
async fn a_refused_file_leaves_no_report_and_no_file() {
    let app = TestApp::start().await;
    let (ward, task) = ward_with_plan(&app).await;
    let script = app
        .post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(&ward),
            &[
                (
                    "update",
                    None,
                    "application/json",
                    &update("with a bad file", 30),
                ),
                ("files", Some("ok.pdf"), "application/pdf", PDF),
                (
                    "files",
                    Some("virus.pdf"),
                    "application/pdf",
                    b"MZ\x90\x00this is not a pdf",
                ),
            ],
        )
        .await;
    script.assert_problem(415, "unsupported_media_type");
    assert!(
        script.body["detail"]
            .as_str()
            .unwrap()
            .contains("virus.pdf")
    );

    let big = vec![b'%'; 3 * 1024 * 1024];
    let mut too_large = b"%PDF-1.4\n".to_vec();
    too_large.extend_from_slice(&big);
    let oversized = app
        .post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(&ward),
            &[
                ("update", None, "application/json", &update("too big", 30)),
                ("files", Some("lon.pdf"), "application/pdf", &too_large),
            ],
        )
        .await;
    oversized.assert_problem(413, "payload_too_large");

    let invalid = app
        .post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(&ward),
            &[
                (
                    "update",
                    None,
                    "application/json",
                    &serde_json::to_vec(&json!({
                    "reported_on": "2022-10-05", "body": "  ", "status": "done", "progress": 140}))
                    .unwrap(),
                ),
                ("files", Some("ok.pdf"), "application/pdf", PDF),
            ],
        )
        .await;
    invalid.assert_problem(422, "validation_failed");
    assert_eq!(invalid.fields(), ["body", "progress"]);

    let detail = app
        .get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(detail.body["updates"], json!([]), "nothing half-written");
    assert_eq!(detail.body["task"]["progress"], 0);
    assert_eq!(leftover_temp_files(&app), 0, "temporary files are removed");
}

#[actix_web::test]
async fn a_city_office_reports_on_the_tasks_it_leads_only() {
    let app = TestApp::start().await;
    app.user("vanhoa", Role::CityDepartment, "336");
    {
        use diesel::prelude::*;
        use hgcs_db::schema::users;
        diesel::update(users::table.filter(users::username.eq("vanhoa")))
            .set(users::organisation_id.eq(app.organisation("PVHTT-TPTB").0))
            .execute(&mut app.conn())
            .unwrap();
    }
    let token = app.login("vanhoa").await;
    let plan = plan_42(&app, &token).await;
    let task_id = |code: &str| -> i64 {
        plan["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["code"] == code)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    let posted = app
        .post_multipart(
            &format!("/api/v1/tasks/{}/updates", task_id("II.3.a")),
            Auth::Bearer(&token),
            &[(
                "update",
                None,
                "application/json",
                &update("Đã phát sóng 3 chuyên mục", 50),
            )],
        )
        .await;
    assert_eq!(posted.status, 201, "{}", posted.body);
    assert_eq!(
        posted.body["author_organisation"]["name"],
        "Phòng Văn hoá - Thông tin thành phố Thái Bình"
    );
    app.post_multipart(
        &format!("/api/v1/tasks/{}/updates", task_id("II.2")),
        Auth::Bearer(&token),
        &[("update", None, "application/json", &update("not ours", 50))],
    )
    .await
    .assert_problem(403, "forbidden");
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| item["task"]["code"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn overdue_tasks_are_listed_and_an_event_sets_a_due_day() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    let city = app.login("phongtuphap").await;
    let due = app
        .get("/api/v1/tasks/due?days=30", Auth::Bearer(&city))
        .await;
    assert_eq!(due.status, 200, "{}", due.body);
    let overdue = codes(&due.body["overdue"]);
    assert_eq!(overdue, ["II.2", "II.4", "II.3.a", "II.3.b", "II.5"]);
    assert_eq!(due.body["overdue"][0]["plan_document"], "42/KH-UBND");
    assert_eq!(due.body["overdue"][0]["plan_unit"]["code"], "336");

    let plan = plan_42(&app, &city).await;
    let printing = plan["tasks"][0]["id"].as_i64().unwrap();
    let recorded = app
        .post(
            &format!("/api/v1/tasks/{printing}/event"),
            Auth::Bearer(&city),
            json!({"happened_on": "2022-06-15"}),
        )
        .await;
    assert_eq!(recorded.status, 200, "{}", recorded.body);
    assert_eq!(recorded.body["due_on"], "2022-07-15");
    assert_eq!(recorded.body["overdue"], true);
    let due = app.get("/api/v1/tasks/due", Auth::Bearer(&city)).await;
    assert_eq!(codes(&due.body["overdue"])[0], "II.1");

    let led_by_office = app
        .get(
            &format!(
                "/api/v1/tasks/due?organisation_id={}",
                app.organisation("PVHTT-TPTB")
            ),
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(codes(&led_by_office.body["overdue"]), ["II.3.a"]);

    let ward = app.login("boxuyen").await;
    app.post(
        &format!("/api/v1/tasks/{printing}/event"),
        Auth::Bearer(&ward),
        json!({"happened_on": "2022-06-15"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get("/api/v1/tasks/due?days=999", Auth::Bearer(&city))
        .await
        .assert_problem(422, "validation_failed");
    app.get(
        &format!("/api/v1/tasks/due?unit_id={}", app.unit("12439")),
        Auth::Bearer(&ward),
    )
    .await
    .assert_problem(403, "forbidden");
}
