//! Input PostgreSQL cannot hold is refused at the edge with 422 naming the
//! field, before any handler runs: NUL characters anywhere, days and years
//! outside the calendar. Nothing is written.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::ask_question;
use crate::support::{Auth, Reply, TestApp};

fn refused(reply: &Reply, field: &str, code: &str) {
    reply.assert_problem(422, "validation_failed");
    assert_eq!(
        reply.violations(),
        vec![(field.to_owned(), code.to_owned())],
        "{}",
        reply.body
    );
}

#[actix_web::test]
async fn a_nul_character_is_refused_on_the_anonymous_sign_in_routes() {
    let app = TestApp::start().await;
    let login = app
        .post(
            "/api/v1/auth/login",
            Auth::None,
            json!({"username": "root\u{0}", "password": "x"}),
        )
        .await;
    refused(&login, "username", "invalid_character");

    let response = app
        .server
        .post("/api/v1/auth/token")
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .send_body("grant_type=client_credentials&client_id=a%00b&client_secret=s")
        .await
        .unwrap();
    let token = crate::support::read(response).await;
    refused(&token, "client_id", "invalid_character");
}

#[actix_web::test]
async fn a_nul_character_in_a_body_or_query_writes_nothing() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    let asked = app
        .post(
            "/api/v1/questions",
            Auth::Bearer(&ward),
            json!({"title": "Hòa giải tranh chấp đất\u{0}", "facts": "Hai hộ tranh chấp lối đi chung."}),
        )
        .await;
    refused(&asked, "title", "invalid_character");
    let listed = app.get("/api/v1/questions", Auth::Bearer(&ward)).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body["items"], json!([]), "nothing was written");

    let searched = app
        .get("/api/v1/cases?cursor=%00", Auth::Bearer(&ward))
        .await;
    refused(&searched, "cursor", "invalid_character");
}

#[actix_web::test]
async fn days_and_years_outside_the_calendar_are_422_not_500() {
    let app = TestApp::start().await;
    app.user("root", Role::Admin, "34");
    let admin = app.login("root").await;
    for (path, field) in [
        ("/api/v1/plans?year=-4714", "year"),
        ("/api/v1/plans?year=99999999999", "year"),
        ("/api/v1/units?on=-4714-01-01", "on"),
        ("/api/v1/units?on=%2B262000-01-01", "on"),
        ("/api/v1/cases?from=1066-10-14", "from"),
    ] {
        let reply = app.get(path, Auth::Bearer(&admin)).await;
        refused(&reply, field, "out_of_range");
    }
    let plan = app
        .post(
            "/api/v1/plans",
            Auth::Bearer(&admin),
            json!({"period_start": "-4714-01-01"}),
        )
        .await;
    assert_eq!(plan.status, 422, "{}", plan.body);
    assert!(
        plan.violations()
            .contains(&("period_start".into(), "out_of_range".into()))
    );
}

#[actix_web::test]
async fn an_empty_upload_attaches_nothing_and_says_so() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    let id = ask_question(&app, &ward).await;
    let empty = app
        .post_multipart(
            &format!("/api/v1/questions/{id}/files"),
            Auth::Bearer(&ward),
            &[],
        )
        .await;
    refused(&empty, "files", "required");
}
