use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use hgcs_api::auth::tokens::{AUDIENCE, Claims, ISSUER};
use hgcs_domain::Role;
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use serde_json::json;

use crate::support::{Auth, SECRET, TestApp};

fn claims(sub: &str, exp_offset: i64) -> Claims {
    let now = Utc::now().timestamp();
    Claims {
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        sub: sub.into(),
        iat: now,
        exp: now + exp_offset,
        typ: "access".into(),
        scope: None,
        sid: Some(1),
        name: None,
        role: None,
        unit: None,
        org: None,
    }
}

fn sign(claims: &Claims, key: &[u8]) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(key),
    )
    .unwrap()
}

#[actix_web::test]
async fn no_token_is_unauthenticated() {
    let app = TestApp::start().await;
    let reply = app.get("/api/v1/me", Auth::None).await;
    reply.assert_problem(401, "unauthenticated");
    assert!(reply.header("www-authenticate").is_some());
}

#[actix_web::test]
async fn an_expired_token_is_refused() {
    let app = TestApp::start().await;
    let id = app.user("late", Role::WardOfficial, "12436");
    let token = sign(&claims(&format!("user:{id}"), -120), SECRET);
    app.get("/api/v1/me", Auth::Bearer(&token))
        .await
        .assert_problem(401, "token_expired");
}

#[actix_web::test]
async fn a_tampered_or_foreign_token_is_refused() {
    let app = TestApp::start().await;
    let id = app.user("victim", Role::WardOfficial, "12436");
    let good = app.login("victim").await;
    assert_eq!(app.get("/api/v1/me", Auth::Bearer(&good)).await.status, 200);

    // Change the subject inside a validly shaped token.
    let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
    let forged = claims("user:1", 600);
    parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
    let tampered = parts.join(".");
    app.get("/api/v1/me", Auth::Bearer(&tampered))
        .await
        .assert_problem(401, "invalid_token");

    let other_key = sign(
        &claims(&format!("user:{id}"), 600),
        b"some-other-key-that-is-long-enough!!",
    );
    app.get("/api/v1/me", Auth::Bearer(&other_key))
        .await
        .assert_problem(401, "invalid_token");

    app.get("/api/v1/me", Auth::Bearer("not.a.jwt"))
        .await
        .assert_problem(401, "invalid_token");
}

#[actix_web::test]
async fn alg_none_is_refused() {
    let app = TestApp::start().await;
    let id = app.user("nobody", Role::WardOfficial, "12436");
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let body =
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims(&format!("user:{id}"), 600)).unwrap());
    let unsigned = format!("{header}.{body}.");
    app.get("/api/v1/me", Auth::Bearer(&unsigned))
        .await
        .assert_problem(401, "invalid_token");
}

#[actix_web::test]
async fn a_token_of_another_type_or_audience_is_refused() {
    let app = TestApp::start().await;
    let id = app.user("typed", Role::WardOfficial, "12436");
    let mut refresh_typed = claims(&format!("user:{id}"), 600);
    refresh_typed.typ = "refresh".into();
    app.get("/api/v1/me", Auth::Bearer(&sign(&refresh_typed, SECRET)))
        .await
        .assert_problem(401, "invalid_token");
    let mut other_audience = claims(&format!("user:{id}"), 600);
    other_audience.aud = "another-app".into();
    app.get("/api/v1/me", Auth::Bearer(&sign(&other_audience, SECRET)))
        .await
        .assert_problem(401, "invalid_token");
}

#[actix_web::test]
async fn a_machine_client_reads_with_a_read_only_token() {
    let app = TestApp::start().await;
    app.user("root", Role::Admin, "34");
    let admin = app.login("root").await;
    let created = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&admin),
            json!({"name": "Hệ thống Sở Tư pháp", "unit_id": app.unit("34")}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let client_id = created.body["client"]["client_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let secret = created.body["client_secret"].as_str().unwrap().to_owned();

    let wrong = app
        .post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": "wrong"}),
        )
        .await;
    wrong.assert_problem(401, "invalid_credentials");

    let issued = app
        .post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}),
        )
        .await;
    assert_eq!(issued.status, 200, "{}", issued.body);
    assert_eq!(issued.body["scope"], "read");
    let token = issued.body["access_token"].as_str().unwrap().to_owned();

    let units = app.get("/api/v1/units", Auth::Bearer(&token)).await;
    assert_eq!(units.status, 200);
    let names: Vec<&str> = units
        .body
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["name"].as_str())
        .collect();
    assert!(
        names.contains(&"Phường Bồ Xuyên"),
        "the Thái Bình province client sees its wards"
    );
    assert!(!names.contains(&"Phường Trà Lý"), "but not Hưng Yên's");

    app.get("/api/v1/admin/users", Auth::Bearer(&token))
        .await
        .assert_problem(403, "forbidden");
    app.get("/api/v1/me", Auth::Bearer(&token))
        .await
        .assert_problem(403, "forbidden");

    let client_db_id = created.body["client"]["id"].as_i64().unwrap();
    let disabled = app
        .post(
            &format!("/api/v1/admin/clients/{client_db_id}/disable"),
            Auth::Bearer(&admin),
            json!(null),
        )
        .await;
    assert_eq!(disabled.status, 200);
    app.get("/api/v1/units", Auth::Bearer(&token))
        .await
        .assert_problem(403, "account_disabled");
}

#[actix_web::test]
async fn a_token_without_its_holders_profile_must_be_renewed() {
    let app = TestApp::start().await;
    let id = app.user("older", Role::WardOfficial, "12436");
    // Signed with the server's key, but without name, role and unit.
    let token = sign(&claims(&format!("user:{id}"), 600), SECRET);
    app.get("/api/v1/me", Auth::Bearer(&token))
        .await
        .assert_problem(401, "token_expired");
}
