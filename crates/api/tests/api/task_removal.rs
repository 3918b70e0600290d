//! A task added by mistake is removed by whoever manages the plan; a task
//! with progress, or that a ward's plan was made from, is never removed.

use actix_web::http::Method;
use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::plan_42;
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn a_task_added_by_mistake_is_removed_and_one_with_history_is_not() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let city = app.login("phongtuphap").await;
    let ward = app.login("boxuyen").await;
    let stranger = app.login("vixuyen").await;
    let plan = plan_42(&app, &city).await;
    let id = plan["id"].as_i64().unwrap();
    let added = app
        .post(
            &format!("/api/v1/plans/{id}/tasks"),
            Auth::Bearer(&city),
            json!({
                "code": "II.6", "title": "Sơ kết 6 tháng",
                "schedule": {"kind": "date", "on": "2022-06-30"},
                "parties": [{"role": "lead", "organisation_id": app.organisation("PTP-TPTB")}],
            }),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    let task = format!("/api/v1/tasks/{}", added.body["id"].as_i64().unwrap());
    let remove = |path: String, token: String| {
        let app = &app;
        async move {
            app.send(Method::DELETE, &path, Auth::Bearer(&token), None)
                .await
        }
    };

    // The due list is no task: DELETE is not one of its methods. A number
    // that names no task is one nobody has.
    remove("/api/v1/tasks/due".to_owned(), city.clone())
        .await
        .assert_problem(405, "method_not_allowed");
    for missing in ["-9223372036854775808", "99999999999999999999"] {
        remove(format!("/api/v1/tasks/{missing}"), city.clone())
            .await
            .assert_problem(404, "not_found");
    }
    remove(task.clone(), ward.clone())
        .await
        .assert_problem(403, "forbidden");
    remove(task.clone(), stranger.clone())
        .await
        .assert_problem(404, "not_found");
    let removed = remove(task.clone(), city.clone()).await;
    assert_eq!(removed.status, 204, "{}", removed.body);
    app.get(&task, Auth::Bearer(&city))
        .await
        .assert_problem(404, "not_found");
    let codes: Vec<String> = plan_42(&app, &city).await["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].as_str().unwrap().to_owned())
        .collect();
    assert!(!codes.contains(&"II.6".to_owned()), "{codes:?}");

    // With progress, or with a ward's plan made from it: refused, kept.
    let by_code = |code: &str| {
        plan["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["code"] == code)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    app.conn()
        .batch_execute(&format!(
            "UPDATE plan_tasks SET status = 'in_progress', progress = 10 WHERE id = {}",
            by_code("II.2")
        ))
        .unwrap();
    let made = app
        .post(
            &format!("/api/v1/plans/{id}/ward-plan"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    for code in ["II.2", "II.3.a"] {
        let path = format!("/api/v1/tasks/{}", by_code(code));
        remove(path.clone(), city.clone())
            .await
            .assert_problem(409, "conflict");
        let kept = app.get(&path, Auth::Bearer(&city)).await;
        assert_eq!(kept.status, 200, "{code}: {}", kept.body);
    }
    let log = app
        .get(
            "/api/v1/audit?entity=task&action=delete",
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(
        log.body["items"].as_array().unwrap().len(),
        1,
        "{}",
        log.body
    );
}
