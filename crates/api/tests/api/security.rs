//! What protects browsers: same-origin checks on cookie-authenticated
//! changes, `no-store` on API answers, a Content-Security-Policy on the
//! web app.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, PASSWORD, TestApp, default_auth, default_pool};

const EVIL: &str = "https://evil.example";

#[actix_web::test]
async fn a_cross_site_post_with_the_cookie_is_refused() {
    let app = TestApp::start().await;
    app.user("victim", Role::WardOfficial, "12436");
    let login = app.login_with("victim", PASSWORD).await;
    let access = login.cookie("hgcs_access").unwrap();
    let token = login.body["access_token"].as_str().unwrap().to_owned();
    let change = json!({"current_password": PASSWORD, "new_password": "chosen by the attacker"});

    // A form on another site posting to us with the browser's cookie.
    for headers in [
        vec![("Origin", EVIL)],
        vec![("Origin", EVIL), ("Sec-Fetch-Site", "cross-site")],
        vec![("Origin", "null")],
        vec![("Sec-Fetch-Site", "same-site")],
    ] {
        app.send_with(
            Method::POST,
            "/api/v1/me/password",
            Auth::Cookie(&access),
            Some(change.clone()),
            &headers,
        )
        .await
        .assert_problem(403, "cross_site_request");
    }
    // A cookie without any origin information is refused too.
    let mut bare = app
        .server
        .post("/api/v1/auth/logout")
        .insert_header(("Cookie", access.clone()));
    bare = bare.insert_header(("Accept-Language", "en"));
    let reply = crate::support::read(bare.send().await.unwrap()).await;
    reply.assert_problem(403, "cross_site_request");
    assert!(
        reply.body["title"]
            .as_str()
            .unwrap()
            .contains("another website")
    );

    // The password was not changed; the session still works.
    assert_eq!(
        app.get("/api/v1/me", Auth::Cookie(&access)).await.status,
        200
    );
    // Bearer requests are not concerned, whatever their origin.
    let bearer = app
        .send_with(
            Method::POST,
            "/api/v1/auth/logout-everywhere",
            Auth::Bearer(&token),
            None,
            &[("Origin", EVIL)],
        )
        .await;
    assert_eq!(bearer.status, 204, "{}", bearer.body);
}

#[actix_web::test]
async fn the_web_apps_own_requests_go_through() {
    let app = TestApp::start().await;
    app.user("spa", Role::WardOfficial, "12436");
    let login = app
        .send_with(
            Method::POST,
            "/api/v1/auth/login",
            Auth::None,
            Some(json!({"username": "spa", "password": PASSWORD})),
            &[("Origin", &app.origin()), ("Sec-Fetch-Site", "same-origin")],
        )
        .await;
    assert_eq!(login.status, 200, "{}", login.body);
    let refresh = login.cookie("hgcs_refresh").unwrap();
    // Origin only (older browsers), matching the Host header.
    let renewed = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&refresh),
            None,
        )
        .await;
    assert_eq!(renewed.status, 200, "{}", renewed.body);
    let refresh = renewed.cookie("hgcs_refresh").unwrap();
    // Sec-Fetch-Site only.
    let out = app
        .send_with(
            Method::POST,
            "/api/v1/auth/logout",
            Auth::Cookie(&refresh),
            None,
            &[("Origin", ""), ("Sec-Fetch-Site", "same-origin")],
        )
        .await;
    assert_eq!(out.status, 204, "{}", out.body);
}

#[actix_web::test]
async fn a_sign_in_from_another_site_is_refused() {
    let app = TestApp::start().await;
    app.user("phished", Role::WardOfficial, "12436");
    app.send_with(
        Method::POST,
        "/api/v1/auth/login",
        Auth::None,
        Some(json!({"username": "phished", "password": PASSWORD})),
        &[("Origin", EVIL)],
    )
    .await
    .assert_problem(403, "cross_site_request");
    // Scripts send no Origin and sign in.
    assert_eq!(app.login_with("phished", PASSWORD).await.status, 200);
}

#[actix_web::test]
async fn api_answers_are_never_stored() {
    let app = TestApp::start().await;
    app.user("reader", Role::WardOfficial, "12436");
    let token = app.login("reader").await;
    for (path, auth) in [
        ("/api/v1/me", Auth::Bearer(&token)),
        ("/api/v1/me", Auth::None),
        ("/api/v1/nothing-here", Auth::None),
        ("/api/v1/openapi.json", Auth::None),
    ] {
        let reply = app.get(path, auth).await;
        assert_eq!(
            reply.header("cache-control").as_deref(),
            Some("no-store"),
            "{path} {}",
            reply.status
        );
    }
    let login = app.login_with("reader", PASSWORD).await;
    assert_eq!(login.header("cache-control").as_deref(), Some("no-store"));
}

#[actix_web::test]
async fn the_web_app_carries_a_content_security_policy() {
    let dir = std::env::temp_dir().join(format!(
        "hgcs-spa-csp-{}",
        hgcs_api::auth::tokens::random_token()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let loader = "import init from '/app.js'; await init();";
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html><head><script type=\"module\">{loader}</script>\
             <script src=\"/other.js\"></script></head><body></body></html>"
        ),
    )
    .unwrap();
    let app = TestApp::start_serving(dir.clone(), default_auth(), default_pool());
    let expected_hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(loader))
    };
    for path in ["/", "/cases/12"] {
        let reply = app.get(path, Auth::None).await;
        assert_eq!(reply.status, 200, "{path}");
        let policy = reply.header("content-security-policy").unwrap();
        for part in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self';",
            "img-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ] {
            assert!(policy.contains(part), "{part} missing from {policy}");
        }
        assert!(
            policy.contains(&format!("'sha256-{expected_hash}'")),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
    }
    let docs = app.get("/api/docs/", Auth::None).await;
    let policy = docs.header("content-security-policy").unwrap();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    std::fs::remove_dir_all(dir).ok();
}
