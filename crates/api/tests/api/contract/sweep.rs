//! One pass through the whole API: every operation of the committed
//! document answers at least once with a success, and every answer is
//! checked against the document on the way (see `TestApp`).

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, member, plan_42, step, ward_with_team};
use crate::support::{Auth, PASSWORD, Reply, TestApp};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

const REGISTER: &str = "STT;Thôn/tổ dân phố;Tổ hòa giải;Họ và tên;Giới tính;Năm sinh;Dân tộc;Trình độ;Nghề nghiệp;Tổ trưởng\n\
1;Tổ dân phố số 3;Tổ hòa giải số 2;Đinh Văn Một;Nam;1958;Kinh;Cử nhân Luật;Luật sư;x\n\
2;Tổ dân phố số 3;Tổ hòa giải số 2;Mai Thị Hai;Nữ;1970;Kinh;Đại học;Giáo viên;\n\
3;Tổ dân phố số 3;Tổ hòa giải số 2;Cao Văn Ba;Nam;1962;;Không;Hưu trí;\n";

/// Asserts a success and returns the body.
#[track_caller]
fn ok(reply: &Reply, status: u16) -> Value {
    assert_eq!(reply.status, status, "{}", reply.body);
    reply.body.clone()
}

fn id(value: &Value) -> i64 {
    value["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no id in {value}"))
}

/// A change as a client makes it: with the version it holds, here `*`
/// (whatever is current).
async fn put(app: &TestApp, path: &str, token: &str, body: Value) -> Reply {
    app.send_with(
        Method::PUT,
        path,
        Auth::Bearer(token),
        Some(body),
        &[("If-Match", "*")],
    )
    .await
}

async fn sessions_and_accounts(app: &TestApp) -> String {
    assert_eq!(
        ok(&app.get("/api/v1/health", Auth::None).await, 200)["database"],
        true
    );
    app.user("root", Role::Admin, "34");
    let session = app.login_with("root", PASSWORD).await;
    ok(&session, 200);
    let refreshed = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&session.cookie("hgcs_refresh").unwrap()),
            None,
        )
        .await;
    ok(&refreshed, 200);
    let logout = app
        .send(
            Method::POST,
            "/api/v1/auth/logout",
            Auth::Cookie(&refreshed.cookie("hgcs_refresh").unwrap()),
            None,
        )
        .await;
    ok(&logout, 204);

    let admin = app.login("root").await;
    let bearer = Auth::Bearer(&admin);
    ok(&app.get("/api/v1/me", bearer).await, 200);
    let user = ok(
        &app.post(
            "/api/v1/admin/users",
            bearer,
            json!({
                "username": "hoa.nt", "display_name": "Nguyễn Thị Hoa", "password": "mật khẩu đủ dài",
                "role": "ward_official", "unit_id": app.unit("12436"),
                "organisation_id": app.organisation("UBND-12436"),
            }),
        )
        .await,
        201,
    );
    let user = id(&user);
    ok(&app.get("/api/v1/admin/users", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/admin/users/{user}"), bearer)
            .await,
        200,
    );
    for action in ["disable", "enable"] {
        ok(
            &app.post(
                &format!("/api/v1/admin/users/{user}/{action}"),
                bearer,
                json!(null),
            )
            .await,
            200,
        );
    }
    ok(
        &app.post(
            &format!("/api/v1/admin/users/{user}/password"),
            bearer,
            json!({"password": "một mật khẩu mới"}),
        )
        .await,
        204,
    );
    ok(
        &app.get("/api/v1/admin/audit?entity=user&limit=5", bearer)
            .await,
        200,
    );

    let client = ok(
        &app.post(
            "/api/v1/admin/clients",
            bearer,
            json!({"name": "Hệ thống Sở Tư pháp", "unit_id": app.unit("34")}),
        )
        .await,
        201,
    );
    ok(&app.get("/api/v1/admin/clients", bearer).await, 200);
    let issued = ok(
        &app.post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": client["client"]["client_id"],
                   "client_secret": client["client_secret"]}),
        )
        .await,
        200,
    );
    let machine = issued["access_token"].as_str().unwrap();
    ok(&app.get("/api/v1/units", Auth::Bearer(machine)).await, 200);
    ok(
        &app.post(
            &format!("/api/v1/admin/clients/{}/disable", id(&client["client"])),
            bearer,
            json!(null),
        )
        .await,
        200,
    );

    app.user("changer", Role::WardOfficial, "12436");
    let changer = app.login("changer").await;
    ok(
        &app.post(
            "/api/v1/me/password",
            Auth::Bearer(&changer),
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await,
        204,
    );
    admin
}

/// Places, teams and mediators; returns (ward token, village id, team).
async fn places_and_teams(app: &TestApp) -> (String, i64, Value) {
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
async fn a_case(app: &TestApp, ward: &str, admin: &str, village: i64, team: &Value) {
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

/// Plans, tasks, progress reports with a file, and due lists.
async fn plans_and_tasks(app: &TestApp, ward: &str, city: &str) {
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
    ok(
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
}

async fn imports(app: &TestApp, ward: &str) {
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

async fn questions(app: &TestApp, ward: &str) {
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

async fn pilots_and_commendations(app: &TestApp, ward: &str, city: &str) {
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

#[actix_web::test]
async fn every_operation_is_exercised_and_answers_as_documented() {
    let app = TestApp::start().await;
    let admin = sessions_and_accounts(&app).await;
    let (ward, village, team) = places_and_teams(&app).await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let city = app.login("phongtuphap").await;
    a_case(&app, &ward, &admin, village, &team).await;
    plans_and_tasks(&app, &ward, &city).await;
    imports(&app, &ward).await;
    questions(&app, &ward).await;
    pilots_and_commendations(&app, &ward, &city).await;
    ok(&app.get("/api/v1/health/live", Auth::None).await, 200);
    ok(&app.get("/api/v1/health/ready", Auth::None).await, 200);
    // Last: it ends every session of the city official.
    ok(
        &app.post(
            "/api/v1/auth/logout-everywhere",
            Auth::Bearer(&city),
            json!(null),
        )
        .await,
        204,
    );

    let answered = super::answered(app.server.addr());
    let missing: Vec<String> = super::operations()
        .difference(&answered)
        .map(|(method, path)| format!("{} {path}", method.to_ascii_uppercase()))
        .collect();
    assert!(
        missing.is_empty(),
        "operations of openapi/openapi.json never answered with a success: {missing:#?}"
    );
}
