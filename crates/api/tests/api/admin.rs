use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::support::{Auth, TestApp};

async fn admin(app: &TestApp) -> String {
    app.user("root", Role::Admin, "34");
    app.login("root").await
}

fn new_user(app: &TestApp, username: &str) -> Value {
    json!({
        "username": username,
        "display_name": "Nguyễn Thị Hoa",
        "password": "mật khẩu đủ dài",
        "role": "ward_official",
        "unit_id": app.unit("12436"),
        "organisation_id": app.organisation("UBND-12436"),
    })
}

#[actix_web::test]
async fn an_admin_creates_a_user_who_can_then_sign_in_and_it_is_audited() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let created = app
        .post(
            "/api/v1/admin/users",
            Auth::Bearer(&token),
            new_user(&app, "Hoa.NT"),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["username"], "hoa.nt");
    assert!(created.body.get("password").is_none() && created.body.get("password_hash").is_none());

    let login = app.login_with("hoa.nt", "mật khẩu đủ dài").await;
    assert_eq!(login.status, 200);
    assert_eq!(
        login.body["user"]["organisation"]["name"],
        "Ủy ban nhân dân phường Bồ Xuyên"
    );

    let audit = app
        .get(
            "/api/v1/audit?entity=user&action=create",
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(audit.status, 200);
    let entry = &audit.body["items"][0];
    assert_eq!(entry["entity_id"], created.body["id"].to_string());
    assert_eq!(entry["actor_name"], "root");
    assert_eq!(entry["address"], "127.0.0.1");
    assert_eq!(entry["details"]["username"], "hoa.nt");
    assert!(
        !entry["details"].to_string().contains("mật khẩu"),
        "no password in the log"
    );
}

#[actix_web::test]
async fn a_taken_username_is_a_409_and_nothing_is_written() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    assert_eq!(
        app.post(
            "/api/v1/admin/users",
            Auth::Bearer(&token),
            new_user(&app, "dup")
        )
        .await
        .status,
        201
    );
    let again = app
        .post(
            "/api/v1/admin/users",
            Auth::Bearer(&token),
            new_user(&app, "DUP"),
        )
        .await;
    again.assert_problem(409, "conflict");
    assert!(again.body["detail"].as_str().unwrap().contains("dup"));
    let audit = app
        .get(
            "/api/v1/audit?entity=user&action=create",
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(
        audit.body["items"].as_array().unwrap().len(),
        1,
        "no entry for the refused insert"
    );
}

#[actix_web::test]
async fn every_invalid_field_is_reported_at_once() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let reply = app
        .post(
            "/api/v1/admin/users",
            Auth::Bearer(&token),
            json!({
                "username": "Nguyễn Văn A",
                "display_name": "  ",
                "password": "short",
                "role": "ward_official",
                "unit_id": app.unit("336"),
            }),
        )
        .await;
    reply.assert_problem(422, "validation_failed");
    assert_eq!(
        reply.violations(),
        [
            ("username".into(), "invalid_format".into()),
            ("display_name".into(), "required".into()),
            ("password".into(), "too_short".into()),
            ("unit_id".into(), "unit_level_mismatch".into()),
        ]
    );
    assert!(
        reply.body["errors"][3]["message"]
            .as_str()
            .unwrap()
            .contains("Công chức Tư pháp")
    );
}

#[actix_web::test]
async fn an_organisation_of_another_ward_is_refused() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let mut body = new_user(&app, "wrongorg");
    body["organisation_id"] = json!(app.organisation("UBND-12439"));
    let reply = app
        .post("/api/v1/admin/users", Auth::Bearer(&token), body)
        .await;
    reply.assert_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["code"], "organisation_outside_unit");
}

#[actix_web::test]
async fn a_reset_password_ends_sessions_and_works_for_sign_in() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let id = app.user("forgot", Role::WardOfficial, "12436");
    let reset = app
        .post(
            &format!("/api/v1/admin/users/{id}/password"),
            Auth::Bearer(&token),
            json!({"password": "một mật khẩu mới"}),
        )
        .await;
    assert_eq!(reset.status, 204, "{}", reset.body);
    assert_eq!(
        app.login_with("forgot", "một mật khẩu mới").await.status,
        200
    );
    let weak = app
        .post(
            &format!("/api/v1/admin/users/{id}/password"),
            Auth::Bearer(&token),
            json!({"password": "123"}),
        )
        .await;
    weak.assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn an_admin_cannot_disable_themself() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let me = app.get("/api/v1/me", Auth::Bearer(&token)).await;
    let id = me.body["id"].as_i64().unwrap();
    let reply = app
        .post(
            &format!("/api/v1/admin/users/{id}/disable"),
            Auth::Bearer(&token),
            json!(null),
        )
        .await;
    reply.assert_problem(409, "conflict");
}

#[actix_web::test]
async fn an_admin_changes_their_own_password_only_with_the_current_one() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let me = app.get("/api/v1/me", Auth::Bearer(&token)).await;
    let id = me.body["id"].as_i64().unwrap();
    let reply = app
        .post(
            &format!("/api/v1/admin/users/{id}/password"),
            Auth::Bearer(&token),
            json!({"password": "một mật khẩu khác hẳn"}),
        )
        .await;
    reply.assert_problem(409, "conflict");
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&token)).await.status,
        200
    );
}

#[actix_web::test]
async fn the_audit_log_pages_newest_first() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    for n in 0..5 {
        let reply = app
            .post(
                "/api/v1/admin/users",
                Auth::Bearer(&token),
                new_user(&app, &format!("paged{n}")),
            )
            .await;
        assert_eq!(reply.status, 201);
    }
    let first = app
        .get("/api/v1/audit?entity=user&limit=2", Auth::Bearer(&token))
        .await;
    let items = first.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["details"]["username"], "paged4");
    let cursor = first.body["next_cursor"].as_i64().unwrap();
    let second = app
        .get(
            &format!("/api/v1/audit?entity=user&limit=2&cursor={cursor}"),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(second.body["items"][0]["details"]["username"], "paged2");
    let last = app
        .get(
            "/api/v1/audit?entity=user&action=create&limit=200",
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(last.body["items"].as_array().unwrap().len(), 5);
    assert!(last.body["next_cursor"].is_null());
    app.get("/api/v1/audit?limit=0", Auth::Bearer(&token))
        .await
        .assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn users_are_listed_and_found_without_accents() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    app.post(
        "/api/v1/admin/users",
        Auth::Bearer(&token),
        new_user(&app, "hoa"),
    )
    .await;
    let found = app
        .get("/api/v1/admin/users?q=nguyen%20thi", Auth::Bearer(&token))
        .await;
    let names: Vec<_> = found
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].clone())
        .collect();
    assert_eq!(names, ["hoa"]);
}
