//! Supervision by the Fatherland Front (plan 42, III.5): the city's Front
//! records a finding on a ward's team, the ward answers, the Justice
//! Office follows; another ward and its Front see nothing of it.

use actix_web::http::Method;
use diesel::prelude::*;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{plan_42, ward_with_team};
use crate::support::{Auth, TestApp};

/// Ties a user to an organisation of the reference data.
fn works_for(app: &TestApp, username: &str, organisation: &str) {
    use hgcs_db::schema::users;
    diesel::update(users::table.filter(users::username.eq(username)))
        .set(users::organisation_id.eq(app.organisation(organisation).0))
        .execute(&mut app.conn())
        .unwrap();
}

fn audited(app: &TestApp, entity: &str) -> i64 {
    use hgcs_db::schema::audit_log;
    audit_log::table
        .filter(audit_log::entity.eq(entity))
        .count()
        .get_result(&mut app.conn())
        .unwrap()
}

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect()
}

#[actix_web::test]
async fn the_front_records_a_finding_the_ward_answers_and_another_ward_sees_nothing() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let team_id = team["id"].as_i64().unwrap();
    app.user("mattran", Role::FrontPartner, "336");
    works_for(&app, "mattran", "MTTQ-TPTB");
    app.user("mtdetham", Role::FrontPartner, "12439");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("phongtp", Role::CityJustice, "336");
    app.user("totruong", Role::TeamLeader, "12436");
    let front = app.login("mattran").await;
    let other_front = app.login("mtdetham").await;
    let other_ward = app.login("detham").await;
    let city = app.login("phongtp").await;
    let leader = app.login("totruong").await;

    let finding = json!({
        "subject": "team", "team_id": team_id, "supervised_on": "2026-11-20",
        "findings": "Sổ theo dõi hoạt động hòa giải ghi chưa đầy đủ các vụ việc năm 2026.",
        "recommendations": "Ghi đủ sổ theo mẫu; tổ chức sinh hoạt tổ mỗi quý.",
    });
    // Only the Front records; the ward cannot supervise itself.
    app.post("/api/v1/supervisions", Auth::Bearer(&ward), finding.clone())
        .await
        .assert_problem(403, "forbidden");
    // Every fault at once: a unit given with a team, a day ahead, no findings.
    let mut bad = finding.clone();
    bad["unit_id"] = json!(app.unit("12436"));
    bad["supervised_on"] = json!("2030-01-01");
    bad["findings"] = json!("  ");
    let refused = app
        .post("/api/v1/supervisions", Auth::Bearer(&front), bad)
        .await;
    refused.assert_problem(422, "validation_failed");
    assert_eq!(refused.fields(), ["unit_id", "supervised_on", "findings"]);
    // The Front of another ward cannot name Bồ Xuyên's team: to it the
    // team does not exist.
    let outside = app
        .post(
            "/api/v1/supervisions",
            Auth::Bearer(&other_front),
            finding.clone(),
        )
        .await;
    outside.assert_problem(422, "validation_failed");
    assert_eq!(outside.body["errors"][0]["field"], "team_id");
    assert_eq!(outside.body["errors"][0]["code"], "unknown_reference");
    assert_eq!(audited(&app, "supervision"), 0);

    let made = app
        .post("/api/v1/supervisions", Auth::Bearer(&front), finding)
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_eq!(made.body["status"], "open");
    assert_eq!(made.body["team"]["name"], "Tổ hòa giải tổ dân phố số 3");
    assert_eq!(made.body["unit"]["id"], team["unit"]["id"]);
    assert_eq!(
        made.body["organisation_name"],
        "Ủy ban MTTQ Việt Nam thành phố Thái Bình"
    );
    assert_eq!(made.body["can_answer"], false);
    let id = made.body["id"].as_i64().unwrap();
    let path = format!("/api/v1/supervisions/{id}");
    assert_eq!(audited(&app, "supervision"), 1);

    // The ward sees it and may answer; the city too.
    let listed = app.get("/api/v1/supervisions", Auth::Bearer(&ward)).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(ids(&listed.body), [id]);
    assert_eq!(listed.body["items"][0]["can_answer"], true);
    let read = app.get(&path, Auth::Bearer(&ward)).await;
    assert_eq!(read.status, 200, "{}", read.body);
    let etag = read.header("etag").expect("an ETag");

    // Another ward and its Front: nothing, whatever they ask.
    for token in [&other_ward, &other_front] {
        app.get(&path, Auth::Bearer(token))
            .await
            .assert_problem(404, "not_found");
        let theirs = app.get("/api/v1/supervisions", Auth::Bearer(token)).await;
        assert_eq!(theirs.status, 200, "{}", theirs.body);
        assert!(ids(&theirs.body).is_empty(), "{}", theirs.body);
        app.get(
            &format!("/api/v1/supervisions?unit_id={}", app.unit("12436").0),
            Auth::Bearer(token),
        )
        .await
        .assert_problem(403, "forbidden");
    }
    app.post(
        &format!("{path}/answers"),
        Auth::Bearer(&other_ward),
        json!({"body": "Không phải của chúng tôi"}),
    )
    .await
    .assert_problem(404, "not_found");
    // A team leader does not read supervisions; the Front does not answer its own.
    app.get("/api/v1/supervisions", Auth::Bearer(&leader))
        .await
        .assert_problem(403, "forbidden");
    app.post(
        &format!("{path}/answers"),
        Auth::Bearer(&front),
        json!({"body": "Tự trả lời"}),
    )
    .await
    .assert_problem(403, "forbidden");

    // The ward answers against the version it read; a stale one is refused.
    let answer = json!({"body": "Đã bổ sung sổ theo dõi; tổ sinh hoạt ngày 05/12/2026."});
    app.send_with(
        Method::POST,
        &format!("{path}/answers"),
        Auth::Bearer(&ward),
        Some(answer.clone()),
        &[("If-Match", "\"99\"")],
    )
    .await
    .assert_problem(412, "precondition_failed");
    let answered = app
        .send_with(
            Method::POST,
            &format!("{path}/answers"),
            Auth::Bearer(&ward),
            Some(answer),
            &[("If-Match", &etag)],
        )
        .await;
    assert_eq!(answered.status, 201, "{}", answered.body);
    assert_eq!(answered.body["status"], "answered");
    assert_eq!(answered.body["answers"][0]["author_role"], "ward_official");
    assert_eq!(audited(&app, "supervision_answer"), 1);

    // The Front reads the answer; the city finds it among the answered.
    let seen = app.get(&path, Auth::Bearer(&front)).await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert_eq!(
        seen.body["answers"][0]["body"],
        "Đã bổ sung sổ theo dõi; tổ sinh hoạt ngày 05/12/2026."
    );
    let answered = app
        .get("/api/v1/supervisions?status=answered", Auth::Bearer(&city))
        .await;
    assert_eq!(ids(&answered.body), [id]);
    assert_eq!(answered.body["items"][0]["can_answer"], true);
    let open = app
        .get("/api/v1/supervisions?status=open", Auth::Bearer(&city))
        .await;
    assert!(ids(&open.body).is_empty(), "{}", open.body);
}

#[actix_web::test]
async fn the_city_answers_for_its_plan_and_the_ward_for_its_work() {
    let app = TestApp::start().await;
    app.user("mattran", Role::FrontPartner, "336");
    app.user("mtboxuyen", Role::FrontPartner, "12436");
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    let front = app.login("mattran").await;
    let ward_front = app.login("mtboxuyen").await;
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let plan = plan_42(&app, &city).await;
    let task = plan["tasks"][0]["id"].as_i64().unwrap();

    let on_task = json!({
        "subject": "task", "task_id": task, "supervised_on": "2026-10-01",
        "findings": "Tài liệu bồi dưỡng đã in nhưng chưa phát đủ cho các tổ.",
    });
    // The ward's Front does not supervise the city's plan.
    app.post(
        "/api/v1/supervisions",
        Auth::Bearer(&ward_front),
        on_task.clone(),
    )
    .await
    .assert_problem(403, "forbidden");
    let made = app
        .post("/api/v1/supervisions", Auth::Bearer(&front), on_task)
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_eq!(made.body["task"]["code"], plan["tasks"][0]["code"]);
    assert_eq!(made.body["recommendations"], "");
    let on_task = made.body["id"].as_i64().unwrap();

    let on_ward = app
        .post(
            "/api/v1/supervisions",
            Auth::Bearer(&ward_front),
            json!({
                "subject": "unit", "unit_id": app.unit("12436"), "supervised_on": "2026-11-02",
                "findings": "Phường chưa tổng kết công tác hòa giải 6 tháng.",
                "recommendations": "Tổ chức sơ kết trước ngày 15/12.",
            }),
        )
        .await;
    assert_eq!(on_ward.status, 201, "{}", on_ward.body);
    let on_ward = on_ward.body["id"].as_i64().unwrap();

    // The ward reads its own work's supervision, not the city plan's.
    let listed = app.get("/api/v1/supervisions", Auth::Bearer(&ward)).await;
    assert_eq!(ids(&listed.body), [on_ward]);
    app.get(
        &format!("/api/v1/supervisions/{on_task}"),
        Auth::Bearer(&ward),
    )
    .await
    .assert_problem(404, "not_found");
    // The city answers for its plan; it reads both, newest first.
    let answered = app
        .post(
            &format!("/api/v1/supervisions/{on_task}/answers"),
            Auth::Bearer(&city),
            json!({"body": "Phòng Tư pháp phát bổ sung trong tháng 11."}),
        )
        .await;
    assert_eq!(answered.status, 201, "{}", answered.body);
    let all = app.get("/api/v1/supervisions", Auth::Bearer(&city)).await;
    assert_eq!(ids(&all.body), [on_ward, on_task]);
    let tasks_only = app
        .get("/api/v1/supervisions?subject=task", Auth::Bearer(&city))
        .await;
    assert_eq!(ids(&tasks_only.body), [on_task]);
    // A page of one, then the next.
    let first = app
        .get("/api/v1/supervisions?limit=1", Auth::Bearer(&city))
        .await;
    assert_eq!(ids(&first.body), [on_ward]);
    let cursor = first.body["next_cursor"].as_str().unwrap();
    let next = app
        .get(
            &format!("/api/v1/supervisions?limit=1&cursor={cursor}"),
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(ids(&next.body), [on_task]);
    assert!(next.body["next_cursor"].is_null());
}

#[actix_web::test]
async fn legal_partners_record_what_they_supply_and_read_their_own() {
    let app = TestApp::start().await;
    app.user("toaan", Role::LegalPartner, "336");
    works_for(&app, "toaan", "TAND-TPTB");
    app.user("luatgia", Role::LegalPartner, "336");
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("mattran", Role::FrontPartner, "336");
    let court = app.login("toaan").await;
    let lawyers = app.login("luatgia").await;
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let other_ward = app.login("detham").await;
    let front = app.login("mattran").await;

    let trainers = json!({
        "kind": "trainer", "unit_id": app.unit("12436"), "supplied_on": "2026-09-15",
        "description": "Thẩm phán Nguyễn Văn Hòa trình bày kỹ năng hòa giải tranh chấp đất đai",
        "quantity": 2,
    });
    app.post(
        "/api/v1/partner-support",
        Auth::Bearer(&front),
        trainers.clone(),
    )
    .await
    .assert_problem(403, "forbidden");
    let mut bad = trainers.clone();
    bad["quantity"] = json!(0);
    bad["course_id"] = json!(999_999);
    let refused = app
        .post("/api/v1/partner-support", Auth::Bearer(&court), bad)
        .await;
    refused.assert_problem(422, "validation_failed");
    assert_eq!(refused.fields(), ["quantity", "course_id"]);
    let made = app
        .post("/api/v1/partner-support", Auth::Bearer(&court), trainers)
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert_eq!(made.body["quantity"], 2);
    assert!(
        made.body["organisation_name"].as_str().is_some(),
        "{}",
        made.body
    );
    let materials = app
        .post(
            "/api/v1/partner-support",
            Auth::Bearer(&lawyers),
            json!({"kind": "material", "unit_id": app.unit("12439"), "supplied_on": "2026-10-01",
                   "description": "Sổ tay pháp luật về hôn nhân và gia đình", "quantity": 40}),
        )
        .await;
    assert_eq!(materials.status, 201, "{}", materials.body);

    let items = |page: &Value| -> Vec<i64> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["quantity"].as_i64().unwrap())
            .collect()
    };
    // Each partner reads its own; the city both; each ward its own.
    for (token, wanted) in [
        (&court, vec![2]),
        (&lawyers, vec![40]),
        (&city, vec![40, 2]),
        (&ward, vec![2]),
        (&other_ward, vec![40]),
    ] {
        let page = app
            .get("/api/v1/partner-support", Auth::Bearer(token))
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert_eq!(items(&page.body), wanted);
    }
    let trainers_only = app
        .get("/api/v1/partner-support?kind=trainer", Auth::Bearer(&city))
        .await;
    assert_eq!(items(&trainers_only.body), [2]);
    app.get("/api/v1/partner-support", Auth::Bearer(&front))
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(audited(&app, "partner_support"), 2);
}
