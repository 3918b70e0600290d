//! Plan 42/KH-UBND as seeded, ward plans made from it, and who may touch them.

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

fn labels(task: &Value, role: &str) -> Vec<String> {
    task["parties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == role)
        .map(|p| p["label"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn plan_42_ships_with_its_tasks_owners_and_schedules() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let token = app.login("phongtuphap").await;
    let plan = plan_42(&app, &token).await;
    assert_eq!(plan["document"]["issued_on"], "2022-03-28");
    assert_eq!(plan["issued_place"], "TP. Thái Bình");
    assert_eq!(plan["signer_name"], "Nguyễn Văn Đức");
    assert_eq!(plan["unit"]["name"], "Thành phố Thái Bình");
    assert_eq!(plan["legal_basis"][0]["number"], "35");
    assert_eq!(plan["legal_basis"][0]["issued_on"], "2022-03-18");
    assert_eq!(plan["duties"].as_array().unwrap().len(), 6);
    let codes: Vec<_> = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].clone())
        .collect();
    assert_eq!(codes, ["II.1", "II.2", "II.3.a", "II.3.b", "II.4", "II.5"]);

    let printing = task(&plan, "II.1");
    assert_eq!(printing["schedule"]["kind"], "event");
    assert_eq!(
        printing["schedule"]["description"],
        "Sau khi Sở Tư pháp phát hành Bộ tài liệu"
    );
    assert!(printing["due_on"].is_null());
    assert_eq!(labels(printing, "lead"), ["Phòng Tư pháp"]);
    assert_eq!(
        labels(printing, "partner"),
        ["Ủy ban MTTQVN thành phố", "Hội Luật gia thành phố"]
    );

    let publishing = task(&plan, "II.3.a");
    assert_eq!(
        publishing["schedule"],
        json!({"kind": "quarters", "year": 2022, "quarters": [2, 3, 4]})
    );
    assert_eq!(publishing["due_on"], "2022-12-31");
    assert_eq!(
        labels(publishing, "lead"),
        [
            "Phòng Tư pháp",
            "phòng Văn hoá - Thông tin",
            "Văn phòng HĐND&UBND thành phố"
        ]
    );
    assert_eq!(
        labels(publishing, "partner"),
        [
            "Ủy ban MTTQVN thành phố",
            "Đài Truyền thanh - Truyền hình thành phố",
            "UBND phường, xã"
        ]
    );
    assert_eq!(task(&plan, "II.2")["due_on"], "2022-09-30");
    assert_eq!(task(&plan, "II.3.b")["schedule"]["kind"], "year");
    assert_eq!(task(&plan, "II.5")["due_on"], "2022-12-31");
    assert_eq!(plan["can_manage"], true);
    assert_eq!(plan["can_derive_ward_plan"], false);
}

#[actix_web::test]
async fn a_ward_makes_its_plan_in_one_action_and_the_city_sees_it() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("phongtuphap", Role::CityJustice, "336");
    let ward = app.login("boxuyen").await;
    let city_plan = plan_42(&app, &ward).await;
    assert_eq!(city_plan["can_derive_ward_plan"], true);
    assert_eq!(city_plan["can_manage"], false);
    let city_id = city_plan["id"].as_i64().unwrap();

    let made = app
        .post(
            &format!("/api/v1/plans/{city_id}/ward-plan"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_eq!(made.body["unit"]["name"], "Phường Bồ Xuyên");
    assert_eq!(made.body["parent_plan_id"], city_id);
    assert_eq!(made.body["status"], "draft");
    assert!(made.body["title"].as_str().unwrap().contains("42/KH-UBND"));
    let codes: Vec<_> = made.body["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].clone())
        .collect();
    assert_eq!(
        codes,
        ["II.3.a", "II.3.b", "II.4", "II.5"],
        "tasks that concern wards"
    );
    let copied = task(&made.body, "II.4");
    assert_eq!(copied["origin_task_id"], task(&city_plan, "II.4")["id"]);
    assert_eq!(labels(copied, "lead"), ["Ủy ban nhân dân phường Bồ Xuyên"]);
    assert_eq!(
        labels(copied, "partner"),
        ["Ủy ban MTTQVN thành phố", "các tổ chức thành viên"]
    );
    let ward_plan = made.body["id"].as_i64().unwrap();

    let again = app
        .post(
            &format!("/api/v1/plans/{city_id}/ward-plan"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    again.assert_problem(409, "conflict");
    assert_eq!(plan_42(&app, &ward).await["ward_plan_id"], ward_plan);

    let city = app.login("phongtuphap").await;
    let side_by_side = app
        .get(
            &format!("/api/v1/plans?parent_plan_id={city_id}"),
            Auth::Bearer(&city),
        )
        .await;
    let units: Vec<_> = side_by_side
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["unit"]["name"].clone())
        .collect();
    assert_eq!(units, ["Phường Bồ Xuyên"]);
    assert_eq!(side_by_side.body[0]["task_count"], 4);
    assert_eq!(
        app.get(&format!("/api/v1/plans/{ward_plan}"), Auth::Bearer(&city))
            .await
            .status,
        200
    );

    let other_ward = app.login("detham").await;
    app.get(
        &format!("/api/v1/plans/{ward_plan}"),
        Auth::Bearer(&other_ward),
    )
    .await
    .assert_problem(404, "not_found");
    let listed = app.get("/api/v1/plans", Auth::Bearer(&other_ward)).await;
    assert!(
        listed
            .body
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["id"] != ward_plan)
    );
    let city_cannot = app
        .post(
            &format!("/api/v1/plans/{city_id}/ward-plan"),
            Auth::Bearer(&city),
            json!(null),
        )
        .await;
    city_cannot.assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn only_the_owning_unit_edits_a_plan_or_adds_tasks() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("mttq", Role::FrontPartner, "336");
    let ward = app.login("boxuyen").await;
    let city = app.login("phongtuphap").await;
    let front = app.login("mttq").await;
    let id = plan_42(&app, &city).await["id"].as_i64().unwrap();
    let new_task = json!({
        "code": "II.6", "title": "Sơ kết 6 tháng",
        "schedule": {"kind": "date", "on": "2022-06-30"},
        "parties": [{"role": "lead", "organisation_id": app.organisation("PTP-TPTB")}],
    });
    for token in [&ward, &front] {
        app.post(
            &format!("/api/v1/plans/{id}/tasks"),
            Auth::Bearer(token),
            new_task.clone(),
        )
        .await
        .assert_problem(403, "forbidden");
    }
    let plan = plan_42(&app, &city).await;
    let rewritten = json!({
        "document": {"number": "42", "doc_type": "KH", "issuer": "UBND"}, "title": "Đổi tên",
        "period_start": "2022-01-01", "period_end": "2022-12-31", "status": "closed",
    });
    app.send(
        actix_web::http::Method::PUT,
        &format!("/api/v1/plans/{id}"),
        Auth::Bearer(&ward),
        Some(rewritten),
    )
    .await
    .assert_problem(403, "forbidden");
    assert_eq!(plan["title"], plan_42(&app, &city).await["title"]);
    let added = app
        .post(
            &format!("/api/v1/plans/{id}/tasks"),
            Auth::Bearer(&city),
            new_task.clone(),
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.body["due_on"], "2022-06-30");
    assert_eq!(
        labels(&added.body, "lead"),
        ["Phòng Tư pháp thành phố Thái Bình"]
    );
    app.post(
        &format!("/api/v1/plans/{id}/tasks"),
        Auth::Bearer(&city),
        new_task,
    )
    .await
    .assert_problem(409, "conflict");

    let bad = app
        .post(
            &format!("/api/v1/plans/{id}/tasks"),
            Auth::Bearer(&city),
            json!({"code": "II.7", "title": "x", "schedule": {"kind": "quarters", "year": 2022, "quarters": [5]}}),
        )
        .await;
    bad.assert_problem(422, "validation_failed");
    assert_eq!(bad.body["errors"][0]["field"], "schedule");
}

#[actix_web::test]
async fn a_city_plan_is_created_and_edited_by_the_justice_office() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let city = app.login("phongtuphap").await;
    let input = json!({
        "document": {"number": "15", "doc_type": "KH", "issuer": "UBND", "issued_on": "2023-02-10"},
        "title": "Kế hoạch công tác hòa giải ở cơ sở năm 2023",
        "period_start": "2023-01-01", "period_end": "2023-12-31",
        "status": "draft",
    });
    let created = app
        .post("/api/v1/plans", Auth::Bearer(&city), input.clone())
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_i64().unwrap();
    let mut edited = input;
    edited["status"] = json!("in_force");
    edited["period_end"] = json!("2022-12-31");
    let refused = app
        .send(
            actix_web::http::Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Auth::Bearer(&city),
            Some(edited.clone()),
        )
        .await;
    refused.assert_problem(422, "validation_failed");
    edited["period_end"] = json!("2023-12-31");
    let version = format!("\"{}\"", created.body["version"]);
    let saved = app
        .send_with(
            actix_web::http::Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Auth::Bearer(&city),
            Some(edited),
            &[("If-Match", &version)],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(saved.body["status"], "in_force");
    assert_eq!(saved.body["document"]["number"], "15");
}

#[actix_web::test]
async fn the_province_reads_plans_but_cannot_write() {
    let app = TestApp::start().await;
    app.user("sotuphap", Role::Province, "34");
    let token = app.login("sotuphap").await;
    let plan = plan_42(&app, &token).await;
    assert_eq!(plan["can_manage"], false);
    let reply = app
        .post(
            "/api/v1/plans",
            Auth::Bearer(&token),
            json!({"document": {"number": "1", "doc_type": "KH", "issuer": "UBND"}, "title": "x",
                   "period_start": "2023-01-01", "period_end": "2023-12-31", "status": "draft"}),
        )
        .await;
    reply.assert_problem(403, "forbidden");
}
