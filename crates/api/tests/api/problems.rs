//! Every error is an RFC 9457 problem in the reader's language, never a 500
//! for bad input.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, TestApp};

async fn admin(app: &TestApp) -> String {
    app.user("root", Role::Admin, "34");
    app.login("root").await
}

#[actix_web::test]
async fn malformed_json_is_a_400_problem() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let reply = app
        .post_raw(
            "/api/v1/admin/users",
            &token,
            "application/json",
            b"{\"username\": ".to_vec(),
        )
        .await;
    reply.assert_problem(400, "invalid_json");
}

#[actix_web::test]
async fn an_unknown_field_is_named_in_the_problem() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let reply = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&token),
            json!({"name": "x", "unit_id": 1, "role": "admin"}),
        )
        .await;
    reply.assert_problem(400, "invalid_json");
    assert!(
        reply.body["detail"]
            .as_str()
            .unwrap()
            .contains("unknown field `role`")
    );
}

#[actix_web::test]
async fn a_whole_number_written_as_a_float_is_an_integer_and_a_fraction_is_refused() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let unit = app.unit("34").0 as f64;
    let created = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&token),
            json!({"name": "Sở Tư pháp", "unit_id": unit}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["client"]["unit_id"], json!(app.unit("34").0));
    let reply = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&token),
            json!({"name": "Sở Tư pháp", "unit_id": unit + 0.5}),
        )
        .await;
    reply.assert_problem(400, "invalid_json");
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_415_and_a_huge_one_413() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    app.post_raw(
        "/api/v1/admin/users",
        &token,
        "text/plain",
        b"hello".to_vec(),
    )
    .await
    .assert_problem(415, "unsupported_media_type");
    let huge = format!("{{\"name\": \"{}\"}}", "x".repeat(200_000));
    app.post_raw(
        "/api/v1/admin/clients",
        &token,
        "application/json",
        huge.into_bytes(),
    )
    .await
    .assert_problem(413, "payload_too_large");
}

#[actix_web::test]
async fn unknown_routes_are_404_and_wrong_methods_405() {
    let app = TestApp::start().await;
    app.get("/api/v1/no-such-thing", Auth::None)
        .await
        .assert_problem(404, "not_found");
    app.get("/api/nothing", Auth::None)
        .await
        .assert_problem(404, "not_found");
    let wrong = app
        .send(Method::DELETE, "/api/v1/units/5", Auth::None, None)
        .await;
    wrong.assert_problem(405, "method_not_allowed");
    assert_eq!(wrong.header("allow").as_deref(), Some("GET"));
}

#[actix_web::test]
async fn a_path_parameter_that_is_not_a_number_is_404_not_500() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    app.get("/api/v1/units/abc", Auth::Bearer(&token))
        .await
        .assert_problem(404, "not_found");
    app.get("/api/v1/units/99999999", Auth::Bearer(&token))
        .await
        .assert_problem(404, "not_found");
    app.get("/api/v1/units?level=planet", Auth::Bearer(&token))
        .await
        .assert_problem(400, "invalid_query");
    app.get("/api/v1/units?on=31/12/2022", Auth::Bearer(&token))
        .await
        .assert_problem(400, "invalid_query");
    app.get("/api/v1/units?parent_id=22.5", Auth::Bearer(&token))
        .await
        .assert_problem(400, "invalid_query");
}

/// JSON Schema counts `22.0` an integer, so a client generated from the
/// OpenAPI document may write an id that way in a query.
#[actix_web::test]
async fn an_integer_query_parameter_written_with_a_zero_fraction_is_that_integer() {
    let app = TestApp::start().await;
    let token = admin(&app).await;
    let city = app.unit("336");
    let plain = app
        .get(
            &format!("/api/v1/units?parent_id={city}"),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(plain.status, 200, "{}", plain.body);
    assert!(!plain.body.as_array().unwrap().is_empty(), "{}", plain.body);
    let spelled = app
        .get(
            &format!("/api/v1/units?parent_id={city}.0"),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(spelled.status, 200, "{}", spelled.body);
    assert_eq!(spelled.body, plain.body);
}

#[actix_web::test]
async fn titles_follow_accept_language() {
    let app = TestApp::start().await;
    let vi = app.get("/api/v1/me", Auth::None).await;
    assert_eq!(vi.body["title"], "Bạn cần đăng nhập");
    let response = app
        .server
        .get("/api/v1/me")
        .insert_header(("Accept-Language", "en-GB,en;q=0.9"))
        .send()
        .await
        .unwrap();
    let en = crate::support::read(response).await;
    en.assert_problem(401, "unauthenticated");
    assert_eq!(en.body["title"], "You need to sign in");
}

#[actix_web::test]
async fn health_is_200_with_the_database_and_503_without() {
    let app = TestApp::start().await;
    let up = app.get("/api/v1/health", Auth::None).await;
    assert_eq!(up.status, 200);
    assert_eq!(up.body["database"], true);

    let name: String = {
        use diesel::RunQueryDsl;
        #[derive(diesel::QueryableByName)]
        struct Current {
            #[diesel(sql_type = diesel::sql_types::Text)]
            name: String,
        }
        diesel::sql_query("SELECT current_database() AS name")
            .get_result::<Current>(&mut app.conn())
            .unwrap()
            .name
    };
    {
        use diesel::RunQueryDsl;
        let mut admin = <diesel::PgConnection as diesel::Connection>::establish(
            &app.db.url().replace(&name, "postgres"),
        )
        .unwrap();
        diesel::sql_query(format!("ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false"))
            .execute(&mut admin)
            .unwrap();
        diesel::sql_query(format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        ))
        .execute(&mut admin)
        .unwrap();
    }
    let down = app.get("/api/v1/health", Auth::None).await;
    down.assert_problem(503, "service_unavailable");
    assert!(down.header("retry-after").is_some());
}

#[actix_web::test]
async fn an_exhausted_pool_answers_503_instead_of_hanging() {
    let settings = hgcs_db::PoolSettings {
        max_size: 1,
        acquire_timeout: std::time::Duration::from_millis(500),
        ..hgcs_db::PoolSettings::default()
    };
    let app = TestApp::start_with(crate::support::default_auth(), settings).await;
    let held = app.pool.get().unwrap();
    let busy = app.get("/api/v1/health", Auth::None).await;
    busy.assert_problem(503, "service_unavailable");
    assert_eq!(busy.header("retry-after").as_deref(), Some("5"));
    drop(held);
    assert_eq!(app.get("/api/v1/health", Auth::None).await.status, 200);
}
