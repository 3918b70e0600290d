//! Another ward's official is refused on every mediation record of a ward.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::successful_case;
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn another_ward_is_refused_on_teams_cases_records_and_claims() {
    let app = TestApp::start().await;
    let (ward, case, village) = successful_case(&app).await;
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    let teams = app.get("/api/v1/teams", Auth::Bearer(&ward)).await;
    let team = teams.body[0]["id"].as_i64().unwrap();
    let mediator = teams.body[0]["members"][0]["id"].as_i64().unwrap();

    app.get(
        &format!("/api/v1/teams?unit_id={}", app.unit("12436")),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get(
        &format!("/api/v1/cases?unit_id={village}"),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(403, "forbidden");
    assert_eq!(
        app.get("/api/v1/cases", Auth::Bearer(&other)).await.body["items"],
        json!([])
    );
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/teams/{team}/logbook?year=2024"), &other)
        .await;
    assert_eq!(status, 404);
    app.post(
        &format!("/api/v1/mediators/{mediator}/events"),
        Auth::Bearer(&other),
        json!({"kind": "left", "occurred_on": "2024-07-01", "reason": "own_wish"}),
    )
    .await
    .assert_problem(404, "not_found");

    app.get(
        &format!("/api/v1/cases/{case}/record"),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(404, "not_found");
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/cases/{case}/record.docx"), &other)
        .await;
    assert_eq!(status, 404);
    app.send(
        actix_web::http::Method::PUT,
        &format!("/api/v1/cases/{case}/record"),
        Auth::Bearer(&other),
        Some(
            json!({"basis": "", "parties": "", "content": "", "process": "", "agreement": "",
                    "rights_duties": "", "method_deadline": "", "signatures": ""}),
        ),
    )
    .await
    .assert_problem(404, "not_found");
    app.post(
        &format!("/api/v1/cases/{case}/execution"),
        Auth::Bearer(&other),
        json!({"execution": "executed", "on": "2024-06-01"}),
    )
    .await
    .assert_problem(404, "not_found");
    app.post(
        "/api/v1/pay-claims",
        Auth::Bearer(&other),
        json!({"case_id": case, "claimed_on": "2024-06-01"}),
    )
    .await
    .assert_problem(404, "not_found");
    let counts = app.get("/api/v1/cases/counts", Auth::Bearer(&other)).await;
    assert!(
        counts
            .body
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["count"] == 0),
        "{}",
        counts.body
    );
    let notes = app.get("/api/v1/notifications", Auth::Bearer(&other)).await;
    assert_eq!(notes.body, json!([]));
}
