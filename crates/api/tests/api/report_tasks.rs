//! A report lists the tasks of its unit's plan for the period's year with
//! their status and evidence, and keeps them as they were when submitted.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{document_xml, plan_42};
use crate::support::{Auth, TestApp};

fn statuses(report: &Value) -> Vec<(String, String)> {
    report["content"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["code"].as_str().unwrap().to_owned(),
                t["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn a_report_lists_the_plans_tasks_as_they_stood_when_submitted() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let plan = plan_42(&app, &city).await;
    let first = plan["tasks"][0]["id"].as_i64().unwrap();
    app.db
        .connect()
        .batch_execute(&format!(
            "UPDATE plan_tasks SET status = 'in_progress', progress = 40 WHERE id = {first}"
        ))
        .unwrap();
    let created = app
        .post(
            "/api/v1/reports",
            Auth::Bearer(&city),
            json!({"year": 2022, "period": "half_year"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let codes = ["II.1", "II.2", "II.3.a", "II.3.b", "II.4", "II.5"];
    let listed = statuses(&created.body);
    assert_eq!(
        listed.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
        codes
    );
    assert_eq!(listed[0].1, "in_progress");
    assert_eq!(created.body["content"]["tasks"][0]["progress"], 40);
    assert_eq!(created.body["content"]["tasks"][0]["plan_id"], plan["id"]);

    let path = format!("/api/v1/reports/{}", created.body["id"]);
    let submitted = app
        .post(&format!("{path}/submit"), Auth::Bearer(&city), json!(null))
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    app.db
        .connect()
        .batch_execute(&format!(
            "UPDATE plan_tasks SET status = 'done', progress = 100 WHERE id = {first}"
        ))
        .unwrap();
    let frozen = app.get(&path, Auth::Bearer(&city)).await;
    assert_eq!(statuses(&frozen.body)[0].1, "in_progress", "as submitted");
    assert_eq!(frozen.body["content"]["tasks"][0]["progress"], 40);

    // The Word document lists them too.
    let (status, _, bytes) = app.get_bytes(&format!("{path}/docx"), &city).await;
    assert_eq!(status, 200);
    let xml = document_xml(&bytes);
    for expected in [
        "II. Kết quả thực hiện nhiệm vụ",
        "Đang thực hiện",
        "40 %",
        "II.3.a",
    ] {
        assert!(xml.contains(expected), "{expected} missing");
    }
}
