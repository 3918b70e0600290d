//! Next year's plan copied from this year's: tasks, parties and schedules a
//! year later, nothing of the old plan's progress; copied once; only by
//! whoever manages the plan; a ward's plan is not copied.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::plan_42;
use crate::support::{Auth, TestApp};

fn task<'a>(plan: &'a Value, code: &str) -> &'a Value {
    plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == code)
        .unwrap()
}

#[actix_web::test]
async fn the_city_copies_its_plan_to_the_next_year_without_its_progress() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let stranger = app.login("vixuyen").await;
    let source = plan_42(&app, &city).await;
    let id = source["id"].as_i64().unwrap();
    app.conn()
        .batch_execute(&format!(
            "UPDATE plan_tasks SET status = 'in_progress', progress = 40 \
             WHERE plan_id = {id} AND code = 'II.2'"
        ))
        .unwrap();
    let next = format!("/api/v1/plans/{id}/next-year");

    app.post(&next, Auth::Bearer(&ward), json!(null))
        .await
        .assert_problem(403, "forbidden");
    app.post(&next, Auth::Bearer(&stranger), json!(null))
        .await
        .assert_problem(404, "not_found");

    let copy = app.post(&next, Auth::Bearer(&city), json!(null)).await;
    assert_eq!(copy.status, 201, "{}", copy.body);
    let copy = copy.body;
    assert_eq!(copy["status"], "draft");
    assert_eq!(copy["period_start"], "2023-01-01");
    assert_eq!(copy["period_end"], "2023-12-31");
    assert_eq!(copy["document"]["number"], "", "not issued yet");
    // Wards make their plans from it once it is issued, not from the draft.
    let seen = app
        .get(
            &format!("/api/v1/plans/{}", copy["id"]),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(seen.body["can_derive_ward_plan"], false, "{}", seen.body);
    app.post(
        &format!("/api/v1/plans/{}/ward-plan", copy["id"]),
        Auth::Bearer(&ward),
        json!(null),
    )
    .await
    .assert_problem(409, "conflict");
    let title = copy["title"].as_str().unwrap();
    assert!(
        title.contains("giai đoạn 2019-2022") && title.contains("năm 2023"),
        "the year moves, the programme's span stays: {title}"
    );
    assert_eq!(
        copy["tasks"].as_array().unwrap().len(),
        source["tasks"].as_array().unwrap().len()
    );
    for copied in copy["tasks"].as_array().unwrap() {
        assert_eq!(copied["status"], "not_started", "{copied}");
        assert_eq!(copied["progress"], 0, "{copied}");
        let original = task(&source, copied["code"].as_str().unwrap());
        assert_eq!(copied["parties"], original["parties"], "{copied}");
    }
    assert_eq!(task(&copy, "II.3.b")["schedule"]["year"], 2023);
    assert_eq!(task(&copy, "II.1")["schedule"]["kind"], "event");
    assert!(task(&copy, "II.1")["schedule"]["happened_on"].is_null());

    // The old plan keeps its progress; a second copy is refused.
    let old = app
        .get(&format!("/api/v1/plans/{id}"), Auth::Bearer(&city))
        .await;
    assert_eq!(task(&old.body, "II.2")["progress"], 40);
    assert_eq!(task(&old.body, "II.2")["status"], "in_progress");
    app.post(&next, Auth::Bearer(&city), json!(null))
        .await
        .assert_problem(409, "conflict");

    // A ward's plan is made from the city's, not copied.
    let made = app
        .post(
            &format!("/api/v1/plans/{id}/ward-plan"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let ward_plan = made.body["id"].as_i64().unwrap();
    app.post(
        &format!("/api/v1/plans/{ward_plan}/next-year"),
        Auth::Bearer(&ward),
        json!(null),
    )
    .await
    .assert_problem(409, "conflict");
}
