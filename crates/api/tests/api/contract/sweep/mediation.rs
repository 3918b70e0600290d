//! The sweep: units, teams, cases, register imports and questions.

use super::*;

/// Places, teams and mediators; returns (ward token, village id, team).
pub(super) async fn places_and_teams(app: &TestApp) -> (String, i64, Value) {
    let (ward, village, team) = ward_with_team(app).await;
    let bearer = Auth::Bearer(&ward);
    ok(&app.get("/api/v1/units?q=bo%20xuyen", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/units/{village}"), bearer).await,
        200,
    );
    ok(&app.get("/api/v1/organisations", bearer).await, 200);
    ok(
        &app.get(
            &format!("/api/v1/organisations/{}", app.organisation("UBND-12436")),
            bearer,
        )
        .await,
        200,
    );
    ok(&app.get("/api/v1/teams", bearer).await, 200);
    ok(&app.get("/api/v1/mediators?q=nguyen", bearer).await, 200);
    let team_id = id(&team);
    ok(
        &app.get(&format!("/api/v1/teams/{team_id}"), bearer).await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/teams/{team_id}/members"),
            bearer,
            member("Đặng Thị Em", "female"),
        )
        .await,
        201,
    );
    let mediator = id(&team["members"][1]);
    ok(
        &app.get(&format!("/api/v1/mediators/{mediator}"), bearer)
            .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/mediators/{mediator}/events"),
            bearer,
            json!({"kind": "recognised", "occurred_on": "2023-03-20"}),
        )
        .await,
        200,
    );
    (ward, village, team)
}

/// A case from intake to payment and follow-up.
pub(super) async fn a_case(app: &TestApp, ward: &str, admin: &str, village: i64, team: &Value) {
    let bearer = Auth::Bearer(ward);
    let case = NewCase::for_team(id(team)).create(app, ward).await;
    let mediator = id(&team["members"][0]);
    for body in [
        json!({"action": "assign", "on": "2024-05-02", "mediators": [{"mediator_id": mediator}]}),
        json!({"action": "start", "on": "2024-05-03"}),
        json!({"action": "succeed", "on": "2024-05-06", "outcome": "Hai bên thống nhất cắm mốc lại ranh giới"}),
    ] {
        ok(&step(app, ward, case, body).await, 200);
    }
    ok(&app.get("/api/v1/cases?limit=5", bearer).await, 200);
    ok(&app.get("/api/v1/cases/counts", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/cases/{case}"), bearer).await,
        200,
    );
    let record = json!({
        "basis": "Đơn đề nghị của ông Phạm Văn Khải ngày 02/5/2024",
        "parties": "Ông Phạm Văn Khải, sinh năm 1970; bà Hoàng Thị Dung, sinh năm 1975",
        "content": "Tranh chấp lối đi chung",
        "process": "Hòa giải tại nhà văn hóa tổ dân phố ngày 06/5/2024",
        "agreement": "Mở lại lối đi rộng 1,5 m",
        "rights_duties": "Hai bên cùng chịu chi phí",
        "method_deadline": "Hoàn thành trước ngày 30/5/2024",
        "signatures": "Đã ký",
    });
    ok(
        &put(app, &format!("/api/v1/cases/{case}/record"), ward, record).await,
        200,
    );
    ok(
        &app.get(&format!("/api/v1/cases/{case}/record"), bearer)
            .await,
        200,
    );
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/cases/{case}/record.docx"), ward)
        .await;
    assert_eq!(status, 200);
    let (status, _, _) = app
        .get_bytes(
            &format!("/api/v1/teams/{}/logbook?year=2024", id(team)),
            ward,
        )
        .await;
    assert_eq!(status, 200);

    ok(
        &app.post(
            "/api/v1/pay-rates",
            Auth::Bearer(admin),
            json!({"unit_id": app.unit("34"), "amount_vnd": 300_000, "effective_from": "2020-01-01",
                   "basis": "Nghị quyết HĐND tỉnh"}),
        )
        .await,
        201,
    );
    ok(&app.get("/api/v1/pay-rates", bearer).await, 200);
    {
        use hgcs_api::accounts::{CheckedUser, insert_user};
        let checked = CheckedUser {
            username: "totruong".into(),
            display_name: "Tổ trưởng".into(),
            role: Role::TeamLeader,
            unit_id: hgcs_domain::UnitId(village),
            organisation_id: None,
        };
        let hash = app.passwords.hash(PASSWORD).unwrap();
        insert_user(&mut app.conn(), &checked, &hash).unwrap();
    }
    let leader = app.login("totruong").await;
    let claim = ok(
        &app.post(
            "/api/v1/pay-claims",
            Auth::Bearer(&leader),
            json!({"case_id": case, "claimed_on": "2024-05-07"}),
        )
        .await,
        201,
    );
    let claim = id(&claim);
    ok(&app.get("/api/v1/pay-claims", bearer).await, 200);
    ok(
        &app.post(
            &format!("/api/v1/pay-claims/{claim}/decision"),
            bearer,
            json!({"approved": true, "on": "2024-05-09"}),
        )
        .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/pay-claims/{claim}/payment"),
            bearer,
            json!({"paid_on": "2024-05-10"}),
        )
        .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/cases/{case}/execution"),
            bearer,
            json!({"execution": "executed", "on": "2024-05-30"}),
        )
        .await,
        200,
    );
    ok(&app.get("/api/v1/notifications", bearer).await, 200);
}

pub(super) async fn imports(app: &TestApp, ward: &str) {
    let bearer = Auth::Bearer(ward);
    let preview = ok(
        &app.post_multipart(
            "/api/v1/imports",
            bearer,
            &[(
                "file",
                Some("so.csv"),
                "application/octet-stream",
                REGISTER.as_bytes(),
            )],
        )
        .await,
        201,
    );
    let import = id(&preview);
    ok(
        &app.post(
            &format!("/api/v1/imports/{import}/commit"),
            bearer,
            json!(null),
        )
        .await,
        202,
    );
    for _ in 0..100 {
        let state = ok(
            &app.get(&format!("/api/v1/imports/{import}"), bearer).await,
            200,
        );
        if matches!(state["status"].as_str(), Some("done" | "failed")) {
            assert_eq!(state["status"], "done", "{state}");
            return;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

pub(super) async fn questions(app: &TestApp, ward: &str) {
    app.user("luatgia", Role::LegalPartner, "336");
    let lawyer = app.login("luatgia").await;
    let bearer = Auth::Bearer(ward);
    let asked = ok(
        &app.post(
            "/api/v1/questions",
            bearer,
            json!({"title": "Hòa giải tranh chấp thừa kế khi một bên ở xa",
                   "facts": "Một bên thừa kế đang làm việc ở tỉnh khác, không thể có mặt."}),
        )
        .await,
        201,
    );
    let question = id(&asked);
    ok(
        &app.post(
            &format!("/api/v1/questions/{question}/answers"),
            Auth::Bearer(&lawyer),
            json!({"body": "Có thể ủy quyền bằng văn bản cho người khác tham gia hòa giải."}),
        )
        .await,
        201,
    );
    let attached = ok(
        &app.post_multipart(
            &format!("/api/v1/questions/{question}/files"),
            bearer,
            &[("files", Some("don.pdf"), "application/pdf", PDF)],
        )
        .await,
        201,
    );
    let (status, _, _) = app
        .get_bytes(
            &format!("/api/v1/question-files/{}", id(&attached["files"][0])),
            ward,
        )
        .await;
    assert_eq!(status, 200);
    ok(&app.get("/api/v1/questions?q=thua%20ke", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/questions/{question}"), bearer)
            .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/questions/{question}/close"),
            bearer,
            json!(null),
        )
        .await,
        200,
    );
}
