//! Whoever manages a plan rewrites its tasks and puts them in the order of
//! the document; a stale copy, another ward or another province is refused.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::plan_42;
use crate::support::{Auth, Reply, TestApp};

async fn put(app: &TestApp, path: &str, token: &str, version: Option<&str>, body: Value) -> Reply {
    let headers: Vec<(&str, &str)> = version.map(|v| ("If-Match", v)).into_iter().collect();
    app.send_with(Method::PUT, path, Auth::Bearer(token), Some(body), &headers)
        .await
}

fn ids(plan: &Value) -> Vec<i64> {
    plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|task| task["id"].as_i64().unwrap())
        .collect()
}

#[actix_web::test]
async fn a_task_is_rewritten_by_its_manager_only_and_never_from_a_stale_copy() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let city = app.login("phongtuphap").await;
    let ward = app.login("boxuyen").await;
    let stranger = app.login("vixuyen").await;
    let plan = plan_42(&app, &city).await;
    let task = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "II.2")
        .unwrap()
        .clone();
    let path = format!("/api/v1/tasks/{}", task["id"]);
    let read = app.get(&path, Auth::Bearer(&city)).await;
    let version = read.header("etag").unwrap();
    assert_eq!(version, format!("\"{}\"", read.body["task"]["version"]));
    let input = json!({
        "code": "II.2", "title": "Biên soạn, in ấn tài liệu hòa giải năm 2023",
        "description": "Gửi các phường trước ngày 30/6",
        "schedule": {"kind": "quarters", "year": 2023, "quarters": [2, 3]},
        "concerns_wards": true,
        "parties": [
            {"role": "lead", "organisation_id": app.organisation("PTP-TPTB")},
            {"role": "partner", "group": "ward_committees", "label": "UBND các phường"},
        ],
    });

    put(&app, &path, &city, None, input.clone())
        .await
        .assert_problem(428, "precondition_required");
    put(&app, &path, &ward, Some(&version), input.clone())
        .await
        .assert_problem(403, "forbidden");
    put(&app, &path, &stranger, Some(&version), input.clone())
        .await
        .assert_problem(404, "not_found");
    let mut clash = input.clone();
    clash["code"] = json!("II.3.a");
    put(&app, &path, &city, Some(&version), clash)
        .await
        .assert_problem(409, "conflict");
    let mut blank = input.clone();
    blank["title"] = json!(" ");
    put(&app, &path, &city, Some(&version), blank)
        .await
        .assert_problem(422, "validation_failed");

    let edited = put(&app, &path, &city, Some(&version), input.clone()).await;
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.body["title"], input["title"]);
    assert_eq!(edited.body["description"], input["description"]);
    assert_eq!(edited.body["schedule"], input["schedule"]);
    assert_eq!(edited.body["starts_on"], "2023-04-01");
    assert_eq!(edited.body["due_on"], "2023-09-30");
    assert_eq!(edited.body["status"], task["status"]);
    let parties = edited.body["parties"].as_array().unwrap();
    assert_eq!(parties.len(), 2, "{}", edited.body);
    assert_eq!(parties[1]["label"], "UBND các phường");
    assert_ne!(edited.header("etag").unwrap(), version);
    assert_eq!(
        app.get(&path, Auth::Bearer(&city)).await.body["task"],
        edited.body
    );

    // The copy read before the edit is stale now: refused, nothing changed.
    let mut late = input.clone();
    late["title"] = json!("Bản cũ");
    put(&app, &path, &city, Some(&version), late)
        .await
        .assert_problem(412, "precondition_failed");
    assert_eq!(
        app.get(&path, Auth::Bearer(&city)).await.body["task"]["title"],
        input["title"]
    );
    let log = app
        .get(
            "/api/v1/audit?entity=task&action=update",
            Auth::Bearer(&city),
        )
        .await;
    let entries = log.body["items"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{}", log.body);
    assert_eq!(entries[0]["details"]["before"]["title"], task["title"]);
}

#[actix_web::test]
async fn tasks_are_put_in_order_only_all_of_them_each_once() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    let city = app.login("phongtuphap").await;
    let ward = app.login("boxuyen").await;
    let plan = plan_42(&app, &city).await;
    let path = format!("/api/v1/plans/{}/task-order", plan["id"]);
    let version = app
        .get(
            &format!("/api/v1/plans/{}", plan["id"]),
            Auth::Bearer(&city),
        )
        .await
        .header("etag")
        .unwrap();
    let before = ids(&plan);
    let mut order = before.clone();
    order.swap(0, 1);

    put(
        &app,
        &path,
        &ward,
        Some(&version),
        json!({ "task_ids": order }),
    )
    .await
    .assert_problem(403, "forbidden");
    for wrong in [
        before[1..].to_vec(),
        [before.clone(), vec![before[0]]].concat(),
        [before[1..].to_vec(), vec![999_999]].concat(),
    ] {
        let refused = put(
            &app,
            &path,
            &city,
            Some(&version),
            json!({ "task_ids": wrong }),
        )
        .await;
        refused.assert_problem(422, "validation_failed");
        assert!(
            refused.body.to_string().contains("every_task_once"),
            "{}",
            refused.body
        );
    }
    let moved = put(
        &app,
        &path,
        &city,
        Some(&version),
        json!({ "task_ids": order }),
    )
    .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(ids(&moved.body), order);
    let read = app
        .get(
            &format!("/api/v1/plans/{}", plan["id"]),
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(ids(&read.body), order);
    assert_eq!(read.header("etag"), moved.header("etag"));
    put(
        &app,
        &path,
        &city,
        Some(&version),
        json!({ "task_ids": before }),
    )
    .await
    .assert_problem(412, "precondition_failed");
}
