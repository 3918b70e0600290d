//! The province's system reads the reports of its scope as a machine
//! client: what changed, each report as JSON and as files, the
//! indicators; it writes nothing, and the administrator sees when it
//! last called.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::submitted_report;
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn the_province_client_polls_the_reports_and_cannot_write() {
    let app = TestApp::start().await;
    let (_ward, report) = submitted_report(&app).await;
    let id = &report["id"];
    app.user("root", Role::Admin, "34");
    let admin = app.login("root").await;
    let created = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&admin),
            json!({"name": "Hệ thống Sở Tư pháp", "unit_id": app.unit("34")}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let issued = app
        .post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": created.body["client"]["client_id"],
                   "client_secret": created.body["client_secret"]}),
        )
        .await;
    let client = issued.body["access_token"].as_str().unwrap().to_owned();

    let changes = app
        .get("/api/v1/report-changes", Auth::Bearer(&client))
        .await;
    assert_eq!(changes.status, 200, "{}", changes.body);
    let items = changes.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], *id);
    assert_eq!(items[0]["status"], "submitted");
    assert_eq!(items[0]["submission"], 1);
    // Nothing after the last change seen; a page of one leads to the next.
    let seen = items[0]["updated_at"].as_str().unwrap();
    let after = app
        .get(
            &format!("/api/v1/report-changes?since={}", seen.replace('+', "%2B")),
            Auth::Bearer(&client),
        )
        .await;
    assert_eq!(after.body["items"], json!([]));
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let accepted = app
        .post(
            &format!("/api/v1/reports/{id}/review"),
            Auth::Bearer(&city),
            json!({"accepted": true}),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let again = app
        .get(
            &format!("/api/v1/report-changes?since={}", seen.replace('+', "%2B")),
            Auth::Bearer(&client),
        )
        .await;
    assert_eq!(again.body["items"][0]["status"], "accepted");
    let first = app
        .get("/api/v1/report-changes?limit=1", Auth::Bearer(&client))
        .await;
    assert!(first.body["next_cursor"].is_null(), "one report, one page");

    // The report as JSON and as files, the submission, the indicators.
    let read = app
        .get(&format!("/api/v1/reports/{id}"), Auth::Bearer(&client))
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(read.body["may_review"], false);
    let submission = app
        .get(
            &format!("/api/v1/reports/{id}/submissions/1"),
            Auth::Bearer(&client),
        )
        .await;
    assert_eq!(submission.body["number"], "07/BC-UBND");
    for file in ["xlsx", "docx"] {
        assert_eq!(
            app.get_bytes(&format!("/api/v1/reports/{id}/{file}"), &client)
                .await
                .0,
            200
        );
    }
    let indicators = app
        .get(
            &format!(
                "/api/v1/indicators?unit_id={}&year=2025&period=half_year",
                app.unit("12436").0
            ),
            Auth::Bearer(&client),
        )
        .await;
    assert_eq!(indicators.status, 200, "{}", indicators.body);

    // It writes nothing.
    app.post(
        &format!("/api/v1/reports/{id}/review"),
        Auth::Bearer(&client),
        json!({"accepted": false, "comment": "x"}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.post(
        "/api/v1/reports",
        Auth::Bearer(&client),
        json!({"year": 2025, "period": "half_year"}),
    )
    .await
    .assert_problem(403, "forbidden");

    // The administrator sees when it last called.
    let clients = app.get("/api/v1/admin/clients", Auth::Bearer(&admin)).await;
    let listed = clients
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == created.body["client"]["id"])
        .unwrap();
    assert!(listed["last_called_at"].is_string(), "{listed}");
    // Another province's client sees none of Thái Bình's reports (Hưng
    // Yên, which took Thái Bình over, does: tests/api/successions.rs).
    app.other_province();
    let other = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&admin),
            json!({"name": "Nam Định", "unit_id": app.unit("36")}),
        )
        .await;
    let token = app
        .post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": other.body["client"]["client_id"],
                   "client_secret": other.body["client_secret"]}),
        )
        .await;
    let theirs = token.body["access_token"].as_str().unwrap();
    let none = app
        .get("/api/v1/report-changes", Auth::Bearer(theirs))
        .await;
    assert_eq!(none.body["items"], json!([]));
    app.get(&format!("/api/v1/reports/{id}"), Auth::Bearer(theirs))
        .await
        .assert_problem(404, "not_found");
}
