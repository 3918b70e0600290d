//! Sessions end when they should: at logout, everywhere at once, and when
//! a spent refresh token comes back.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, PASSWORD, TestApp};

struct Signed {
    access: String,
    refresh: String,
}

async fn sign_in(app: &TestApp, username: &str) -> Signed {
    let reply = app.login_with(username, PASSWORD).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    Signed {
        access: reply.body["access_token"].as_str().unwrap().to_owned(),
        refresh: reply.cookie("hgcs_refresh").unwrap(),
    }
}

async fn refresh(app: &TestApp, cookie: &str) -> crate::support::Reply {
    app.send(
        Method::POST,
        "/api/v1/auth/refresh",
        Auth::Cookie(cookie),
        None,
    )
    .await
}

async fn sign_out(app: &TestApp, auth: Auth<'_>) {
    let reply = app
        .send(Method::POST, "/api/v1/auth/logout", auth, None)
        .await;
    assert_eq!(reply.status, 204, "{}", reply.body);
}

#[actix_web::test]
async fn after_logout_the_access_token_stops_at_once() {
    let app = TestApp::start().await;
    app.user("leaver", Role::WardOfficial, "12436");
    let session = sign_in(&app, "leaver").await;
    let other = sign_in(&app, "leaver").await;
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&session.access))
            .await
            .status,
        200
    );
    sign_out(&app, Auth::Cookie(&session.refresh)).await;
    app.get("/api/v1/me", Auth::Bearer(&session.access))
        .await
        .assert_problem(401, "token_expired");
    // The other session of the same account goes on.
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&other.access))
            .await
            .status,
        200
    );

    // A script that holds only the access token signs out with it.
    let script = sign_in(&app, "leaver").await;
    sign_out(&app, Auth::Bearer(&script.access)).await;
    app.get("/api/v1/me", Auth::Bearer(&script.access))
        .await
        .assert_problem(401, "token_expired");
    refresh(&app, &script.refresh)
        .await
        .assert_problem(401, "unauthenticated");
}

#[actix_web::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let app = TestApp::start().await;
    app.user("everywhere", Role::WardOfficial, "12436");
    app.user("bystander", Role::WardOfficial, "12436");
    let phone = sign_in(&app, "everywhere").await;
    let laptop = sign_in(&app, "everywhere").await;
    let bystander = sign_in(&app, "bystander").await;
    let out = app
        .post(
            "/api/v1/auth/logout-everywhere",
            Auth::Bearer(&phone.access),
            json!(null),
        )
        .await;
    assert_eq!(out.status, 204, "{}", out.body);
    for token in [&phone.access, &laptop.access] {
        app.get("/api/v1/me", Auth::Bearer(token))
            .await
            .assert_problem(401, "token_expired");
    }
    refresh(&app, &laptop.refresh)
        .await
        .assert_problem(401, "unauthenticated");
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&bystander.access))
            .await
            .status,
        200
    );
    // Signing in again opens a new session.
    let again = sign_in(&app, "everywhere").await;
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&again.access))
            .await
            .status,
        200
    );
}

#[actix_web::test]
async fn reusing_a_rotated_refresh_token_ends_its_whole_family() {
    let app = TestApp::start().await;
    app.user("rotator", Role::WardOfficial, "12436");
    let first = sign_in(&app, "rotator").await;
    let rotated = refresh(&app, &first.refresh).await;
    assert_eq!(rotated.status, 200, "{}", rotated.body);
    let second_refresh = rotated.cookie("hgcs_refresh").unwrap();
    let second_access = rotated.body["access_token"].as_str().unwrap().to_owned();
    assert_eq!(
        app.get("/api/v1/me", Auth::Bearer(&second_access))
            .await
            .status,
        200
    );

    // The spent token comes back (a stolen copy, or the thief's replay).
    refresh(&app, &first.refresh)
        .await
        .assert_problem(401, "unauthenticated");
    // Every token of that session is dead now.
    refresh(&app, &second_refresh)
        .await
        .assert_problem(401, "unauthenticated");
    for token in [&first.access, &second_access] {
        app.get("/api/v1/me", Auth::Bearer(token))
            .await
            .assert_problem(401, "token_expired");
    }
    // The owner signs in again.
    sign_in(&app, "rotator").await;
}

#[actix_web::test]
async fn a_token_stops_when_its_holder_moves_to_another_unit() {
    use diesel::prelude::*;
    let app = TestApp::start().await;
    let id = app.user("mover", Role::WardOfficial, "12436");
    let before = sign_in(&app, "mover").await;
    assert_eq!(
        app.get("/api/v1/cases", Auth::Bearer(&before.access))
            .await
            .status,
        200
    );
    // An operator moves the account to another ward, in the database.
    let other = app.unit("12439");
    diesel::sql_query("UPDATE users SET unit_id = $1 WHERE id = $2")
        .bind::<diesel::sql_types::BigInt, _>(other.0)
        .bind::<diesel::sql_types::BigInt, _>(id.0)
        .execute(&mut app.conn())
        .unwrap();
    // The token still names the old ward: refused before anything is read.
    app.get("/api/v1/cases", Auth::Bearer(&before.access))
        .await
        .assert_problem(401, "token_expired");
    // A refreshed token carries the new ward.
    let renewed = refresh(&app, &before.refresh).await;
    assert_eq!(renewed.status, 200, "{}", renewed.body);
    let access = renewed.body["access_token"].as_str().unwrap();
    let me = app.get("/api/v1/me", Auth::Bearer(access)).await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.body["unit"]["id"], other.0);
}

#[actix_web::test]
async fn a_request_refused_before_the_database_is_still_checked() {
    let app = TestApp::start().await;
    app.user("early", Role::WardOfficial, "12436");
    let session = sign_in(&app, "early").await;
    let send_bad_body = || {
        app.post_raw(
            "/api/v1/cases",
            &session.access,
            "application/json",
            b"{not json".to_vec(),
        )
    };
    send_bad_body().await.assert_problem(400, "invalid_json");
    sign_out(&app, Auth::Cookie(&session.refresh)).await;
    // The body is refused before the handler runs, so before any
    // statement; the ended session is still what answers.
    send_bad_body().await.assert_problem(401, "token_expired");
}
