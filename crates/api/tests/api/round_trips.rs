//! The round trips to PostgreSQL a request costs, as the server reports
//! them in `Server-Timing` (every statement it sends, authentication,
//! `BEGIN`/`COMMIT` and audit entries included), against the budget:
//! a case in at most 4, a page of a list in at most 3.

use hgcs_domain::Role;

use serde_json::json;

use crate::fixtures::{ask_question, successful_case};
use crate::support::{Auth, Reply, TestApp};

fn statements(reply: &Reply) -> u64 {
    let timing = reply.header("server-timing").expect("Server-Timing");
    timing
        .split('"')
        .nth(1)
        .and_then(|desc| desc.strip_suffix(" statements"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unreadable Server-Timing: {timing}"))
}

/// The statements of the second of two identical requests (the first may
/// open a connection).
async fn warm(app: &TestApp, path: &str, token: &str) -> (Reply, u64) {
    let first = app.get(path, Auth::Bearer(token)).await;
    assert_eq!(first.status, 200, "{path}: {}", first.body);
    let second = app.get(path, Auth::Bearer(token)).await;
    assert_eq!(second.status, 200, "{path}: {}", second.body);
    let n = statements(&second);
    (second, n)
}

#[actix_web::test]
async fn a_case_and_a_page_stay_within_their_round_trips() {
    let app = TestApp::start().await;
    let (ward, case, _) = successful_case(&app).await;
    app.user("tuphap", Role::CityJustice, "336");
    let city = app.login("tuphap").await;
    app.user("quantri", Role::Admin, "33");
    let admin = app.login("quantri").await;

    // The ward official reads the parties, so the read is audited.
    let (reply, n) = warm(&app, &format!("/api/v1/cases/{case}"), &ward).await;
    assert!(n <= 4, "GET /cases/{{id}} as the ward took {n} statements");
    assert_eq!(reply.body["parties"].as_array().unwrap().len(), 2);
    assert_eq!(reply.body["mediators"].as_array().unwrap().len(), 1);
    assert_eq!(reply.body["history"].as_array().unwrap().len(), 4);
    assert!(!reply.body["team_name"].as_str().unwrap().is_empty());

    for (who, token) in [("ward", &ward), ("city", &city), ("admin", &admin)] {
        let (_, n) = warm(&app, &format!("/api/v1/cases/{case}"), token).await;
        assert!(n <= 4, "GET /cases/{{id}} as {who} took {n} statements");
        let (page, n) = warm(&app, "/api/v1/cases?limit=50", token).await;
        assert!(n <= 3, "GET /cases as {who} took {n} statements");
        assert_eq!(page.body["items"].as_array().unwrap().len(), 1, "{who}");
        assert_eq!(
            page.body["items"][0]["mediators"].as_array().unwrap().len(),
            1
        );
        let (_, n) = warm(&app, "/api/v1/cases/counts", token).await;
        assert!(n <= 2, "GET /cases/counts as {who} took {n} statements");
    }
    // A unit's indicators: the session and the figures; the periods, the
    // indicator list and the successions come from memory.
    for (who, token) in [("ward", &ward), ("city", &city)] {
        let path = "/api/v1/indicators?year=2024&period=half_year";
        let (table, n) = warm(&app, path, token).await;
        assert!(n <= 2, "GET /indicators as {who} took {n} statements");
        assert_eq!(
            table.body["rows"][11]["actual"], 1,
            "{who}: the case of May 2024"
        );
    }
}

#[actix_web::test]
async fn pages_of_questions_and_claims_stay_within_their_round_trips() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    app.user("tuphap", Role::CityJustice, "336");
    let city = app.login("tuphap").await;
    app.user("quantri", Role::Admin, "33");
    let admin = app.login("quantri").await;
    let id = ask_question(&app, &ward).await;
    let answered = app
        .post(
            &format!("/api/v1/questions/{id}/answers"),
            Auth::Bearer(&city),
            json!({"body": "Có thể ủy quyền bằng văn bản."}),
        )
        .await;
    assert_eq!(answered.status, 201, "{}", answered.body);

    for (who, token) in [("ward", &ward), ("city", &city)] {
        let (page, n) = warm(&app, "/api/v1/questions?limit=50", token).await;
        assert!(n <= 3, "GET /questions as {who} took {n} statements");
        let answers = &page.body["items"][0]["answers"];
        assert_eq!(answers[0]["author_role"], "city_justice", "{who}");
        assert_eq!(answers[0]["body"], "Có thể ủy quyền bằng văn bản.");
    }
    for (who, token) in [("ward", &ward), ("city", &city), ("admin", &admin)] {
        let (_, n) = warm(&app, "/api/v1/pay-claims?limit=50", token).await;
        assert!(n <= 3, "GET /pay-claims as {who} took {n} statements");
    }
}
