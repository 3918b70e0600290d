use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, PASSWORD, TestApp};

#[actix_web::test]
async fn a_good_login_returns_the_user_a_token_and_http_only_cookies() {
    let app = TestApp::start().await;
    app.user("phuong.boxuyen", Role::WardOfficial, "12436");
    let reply = app.login_with("Phuong.BoXuyen ", PASSWORD).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body["user"]["username"], "phuong.boxuyen");
    assert_eq!(reply.body["user"]["role"], "ward_official");
    assert_eq!(reply.body["user"]["unit"]["name"], "Phường Bồ Xuyên");
    assert_eq!(reply.body["token_type"], "Bearer");
    let cookies: Vec<String> = reply
        .headers
        .get_all("set-cookie")
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert_eq!(cookies.len(), 2);
    for cookie in cookies {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    }
}

#[actix_web::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer() {
    let app = TestApp::start().await;
    app.user("canbo", Role::WardOfficial, "12436");
    let mut wrong = app.login_with("canbo", "not the password").await;
    let mut unknown = app.login_with("nobody", "not the password").await;
    wrong.assert_problem(401, "invalid_credentials");
    unknown.assert_problem(401, "invalid_credentials");
    // Each answer names its own request; the rest is the same.
    wrong.body.as_object_mut().unwrap().remove("request_id");
    unknown.body.as_object_mut().unwrap().remove("request_id");
    assert_eq!(wrong.body, unknown.body);
}

#[actix_web::test]
async fn empty_fields_are_a_validation_error() {
    let app = TestApp::start().await;
    let reply = app.login_with("", "x").await;
    reply.assert_problem(422, "validation_failed");
    assert_eq!(reply.body["errors"][0]["field"], "username");
}

#[actix_web::test]
async fn the_sixth_attempt_after_five_failures_is_throttled() {
    let app = TestApp::start().await;
    app.user("target", Role::WardOfficial, "12436");
    for _ in 0..5 {
        app.login_with("target", "guess guess guess")
            .await
            .assert_problem(401, "invalid_credentials");
    }
    let sixth = app.login_with("target", PASSWORD).await;
    sixth.assert_problem(429, "too_many_requests");
    let retry_after: u64 = sixth.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
}

#[actix_web::test]
async fn failures_across_accounts_from_one_address_are_throttled() {
    let app = TestApp::start().await;
    app.user("someone", Role::WardOfficial, "12436");
    for n in 0..crate::support::default_auth().address_limit {
        app.login_with(&format!("user{n}"), "guess guess guess")
            .await;
    }
    app.login_with("someone", PASSWORD)
        .await
        .assert_problem(429, "too_many_requests");
}

#[actix_web::test]
async fn a_success_resets_the_account_counter() {
    let app = TestApp::start().await;
    app.user("forgetful", Role::WardOfficial, "12436");
    for _ in 0..3 {
        app.login_with("forgetful", "wrong wrong wrong").await;
    }
    app.login("forgetful").await;
    let mut last = None;
    for _ in 0..2 {
        last = Some(app.login_with("forgetful", "wrong wrong wrong").await);
    }
    last.unwrap().assert_problem(401, "invalid_credentials");
}

#[actix_web::test]
async fn the_access_cookie_authenticates_the_browser() {
    let app = TestApp::start().await;
    app.user("browser", Role::CityJustice, "336");
    let login = app.login_with("browser", PASSWORD).await;
    let access = login.cookie("hgcs_access").unwrap();
    let me = app.get("/api/v1/me", Auth::Cookie(&access)).await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.body["username"], "browser");
    assert_eq!(me.body["role"], "city_justice");
}

#[actix_web::test]
async fn refresh_rotates_and_logout_revokes() {
    let app = TestApp::start().await;
    app.user("session", Role::WardOfficial, "12436");
    let login = app.login_with("session", PASSWORD).await;
    let first = login.cookie("hgcs_refresh").unwrap();

    let refreshed = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&first),
            None,
        )
        .await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.body);
    let second = refreshed.cookie("hgcs_refresh").unwrap();
    assert_ne!(first, second);

    let reused = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&first),
            None,
        )
        .await;
    reused.assert_problem(401, "unauthenticated");

    let logout = app
        .send(
            Method::POST,
            "/api/v1/auth/logout",
            Auth::Cookie(&second),
            None,
        )
        .await;
    assert_eq!(logout.status, 204);
    assert!(
        logout
            .header("set-cookie")
            .is_some_and(|c| c.contains("Max-Age=0"))
    );
    let after = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&second),
            None,
        )
        .await;
    after.assert_problem(401, "unauthenticated");
}

#[actix_web::test]
async fn disabling_a_user_ends_their_tokens_and_sessions() {
    let app = TestApp::start().await;
    app.user("admin1", Role::Admin, "34");
    let victim = app.user("leaving", Role::WardOfficial, "12436");
    let login = app.login_with("leaving", PASSWORD).await;
    let token = login.body["access_token"].as_str().unwrap().to_owned();
    let refresh = login.cookie("hgcs_refresh").unwrap();
    let admin = app.login("admin1").await;

    let disabled = app
        .post(
            &format!("/api/v1/admin/users/{victim}/disable"),
            Auth::Bearer(&admin),
            json!(null),
        )
        .await;
    assert_eq!(disabled.status, 200, "{}", disabled.body);
    assert!(disabled.body["disabled_at"].is_string());

    app.get("/api/v1/me", Auth::Bearer(&token))
        .await
        .assert_problem(403, "account_disabled");
    app.send(
        Method::POST,
        "/api/v1/auth/refresh",
        Auth::Cookie(&refresh),
        None,
    )
    .await
    .assert_problem(401, "unauthenticated");
    app.login_with("leaving", PASSWORD)
        .await
        .assert_problem(403, "account_disabled");
}

#[actix_web::test]
async fn changing_the_password_needs_the_current_one_and_ends_old_tokens() {
    let app = TestApp::start().await;
    app.user("changer", Role::WardOfficial, "12436");
    let token = app.login("changer").await;
    let wrong = app
        .post(
            "/api/v1/me/password",
            Auth::Bearer(&token),
            json!({"current_password": "not it at all", "new_password": "a brand new passphrase"}),
        )
        .await;
    wrong.assert_problem(422, "validation_failed");
    assert_eq!(wrong.body["errors"][0]["code"], "wrong_password");

    // Tokens carry whole seconds; make the change land in a later second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let changed = app
        .post(
            "/api/v1/me/password",
            Auth::Bearer(&token),
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(changed.status, 204, "{}", changed.body);
    app.get("/api/v1/me", Auth::Bearer(&token))
        .await
        .assert_problem(401, "token_expired");
    let again = app.login_with("changer", "a brand new passphrase").await;
    assert_eq!(again.status, 200);
}
