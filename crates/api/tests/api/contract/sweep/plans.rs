//! The sweep: plans, tasks, pilots and commendations.

use super::*;

/// Plans, tasks, progress reports with a file, and due lists.
pub(super) async fn plans_and_tasks(app: &TestApp, ward: &str, city: &str) {
    let city_plan = plan_42(app, ward).await;
    let city_id = id(&city_plan);
    let made = ok(
        &app.post(
            &format!("/api/v1/plans/{city_id}/ward-plan"),
            Auth::Bearer(ward),
            json!(null),
        )
        .await,
        201,
    );
    let task = id(&made["tasks"][0]);
    let update = serde_json::to_vec(&json!({
        "reported_on": "2022-10-05", "body": "Đã đăng tải tài liệu", "status": "in_progress", "progress": 60,
        "figures": [{"label": "Số hòa giải viên được tập huấn", "value": "57"}],
    }))
    .unwrap();
    let posted = ok(
        &app.post_multipart(
            &format!("/api/v1/tasks/{task}/updates"),
            Auth::Bearer(ward),
            &[
                ("update", None, "application/json", &update),
                ("files", Some("Báo cáo quý III.pdf"), "application/pdf", PDF),
            ],
        )
        .await,
        201,
    );
    ok(
        &app.get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(ward))
            .await,
        200,
    );
    let (status, _, _) = app
        .get_bytes(
            &format!("/api/v1/evidence/{}", id(&posted["evidence"][0])),
            city,
        )
        .await;
    assert_eq!(status, 200);

    let bearer = Auth::Bearer(city);
    ok(&app.get("/api/v1/tasks/due?days=30", bearer).await, 200);
    ok(&app.get("/api/v1/programmes", bearer).await, 200);
    let printing = id(&city_plan["tasks"][0]);
    ok(
        &app.post(
            &format!("/api/v1/tasks/{printing}/event"),
            bearer,
            json!({"happened_on": "2022-06-15"}),
        )
        .await,
        200,
    );
    let added = ok(
        &app.post(
            &format!("/api/v1/plans/{city_id}/tasks"),
            bearer,
            json!({
                "code": "II.6", "title": "Sơ kết 6 tháng",
                "schedule": {"kind": "date", "on": "2022-06-30"},
                "parties": [{"role": "lead", "organisation_id": app.organisation("PTP-TPTB")}],
            }),
        )
        .await,
        201,
    );
    ok(
        &put(
            app,
            &format!("/api/v1/tasks/{}", id(&added)),
            city,
            json!({
                "code": "II.7", "title": "Sơ kết 6 tháng đầu năm",
                "schedule": {"kind": "range", "from": "2022-06-15", "to": "2022-06-30"},
                "parties": [{"role": "partner", "organisation_id": app.organisation("PTP-TPTB")}],
            }),
        )
        .await,
        200,
    );
    let current = ok(
        &app.get(&format!("/api/v1/plans/{city_id}"), bearer).await,
        200,
    );
    let reversed: Vec<Value> = current["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|task| task["id"].clone())
        .collect();
    ok(
        &put(
            app,
            &format!("/api/v1/plans/{city_id}/task-order"),
            city,
            json!({ "task_ids": reversed }),
        )
        .await,
        200,
    );
    ok(
        &app.send(
            actix_web::http::Method::DELETE,
            &format!("/api/v1/tasks/{}", id(&added)),
            bearer,
            None,
        )
        .await,
        204,
    );
    let input = json!({
        "document": {"number": "15", "doc_type": "KH", "issuer": "UBND", "issued_on": "2023-02-10"},
        "title": "Kế hoạch công tác hòa giải ở cơ sở năm 2023",
        "period_start": "2023-01-01", "period_end": "2023-12-31",
        "status": "draft",
    });
    let created = ok(&app.post("/api/v1/plans", bearer, input.clone()).await, 201);
    let mut edited = input;
    edited["status"] = json!("in_force");
    ok(
        &put(
            app,
            &format!("/api/v1/plans/{}", id(&created)),
            city,
            edited,
        )
        .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/plans/{}/next-year", id(&created)),
            bearer,
            json!(null),
        )
        .await,
        201,
    );
}

pub(super) async fn pilots_and_commendations(app: &TestApp, ward: &str, city: &str) {
    let pilot = ok(
        &app.post(
            "/api/v1/pilots",
            Auth::Bearer(ward),
            json!({"unit_id": app.unit("12436"), "year": 2020, "name": "Tổ hòa giải kiểu mẫu",
                   "description": "Mô hình tại tổ dân phố số 3"}),
        )
        .await,
        201,
    );
    let pilot = id(&pilot);
    ok(&app.get("/api/v1/pilots", Auth::Bearer(ward)).await, 200);
    ok(
        &put(
            app,
            &format!("/api/v1/pilots/{pilot}/evaluation"),
            city,
            json!({
                "evaluated_on": "2022-08-20",
                "criteria": [{"name": "Số vụ việc hòa giải thành", "max_score": 40, "score": 35}],
                "conclusion": "Hiệu quả, đề nghị nhân rộng",
                "recommend_replication": true,
            }),
        )
        .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/pilots/{pilot}/replications"),
            Auth::Bearer(city),
            json!({"decision": {"number": "120", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2022-09-05"},
                   "unit_ids": [app.unit("12439")]}),
        )
        .await,
        200,
    );

    let nominated = ok(
        &app.post(
            "/api/v1/commendations",
            Auth::Bearer(ward),
            json!({"year": 2022, "nominee_kind": "mediator", "nominee_name": "Trần Văn Bình",
                   "grounds": "Hòa giải thành 12 vụ việc trong năm", "proposed_level": "city"}),
        )
        .await,
        201,
    );
    ok(
        &app.get("/api/v1/commendations?year=2022", Auth::Bearer(ward))
            .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/commendations/{}/decision", id(&nominated)),
            Auth::Bearer(city),
            json!({"approved": true, "decision": {"number": "2456", "doc_type": "QĐ", "issuer": "UBND",
                   "issued_on": "2022-12-20"}}),
        )
        .await,
        200,
    );
}
