//! The questions list a page at a time, newest first, within the city.

use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn questions_come_a_page_at_a_time_newest_first_within_the_city() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let (first, second) = (app.login("boxuyen").await, app.login("detham").await);
    let mut asked = Vec::new();
    for n in 0..5 {
        let token = if n % 2 == 0 { &first } else { &second };
        let reply = app
            .post(
                "/api/v1/questions",
                Auth::Bearer(token),
                json!({"title": format!("Câu hỏi {n}"), "facts": "Hai hộ tranh chấp lối đi chung."}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        asked.push(reply.body["id"].as_i64().unwrap());
    }
    // Both wards' questions, newest first, two at a time.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    for _ in 0..3 {
        let page = app
            .get(
                &format!("/api/v1/questions?limit=2&cursor={cursor}"),
                Auth::Bearer(&first),
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        let items = page.body["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|q| q["id"].as_i64().unwrap()));
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    asked.reverse();
    assert_eq!(seen, asked, "every question once, newest first");
    // With a status filter and past the end.
    let open = app
        .get(
            "/api/v1/questions?status=open&limit=200",
            Auth::Bearer(&second),
        )
        .await;
    assert_eq!(open.body["items"].as_array().unwrap().len(), 5);
    assert_eq!(open.body["next_cursor"], json!(null));
    // Another city's ward sees none of them.
    let elsewhere = app.login("vixuyen").await;
    let none = app.get("/api/v1/questions", Auth::Bearer(&elsewhere)).await;
    assert_eq!(none.body["items"], json!([]));
    // A cursor that names no position is refused.
    app.get("/api/v1/questions?cursor=yesterday", Auth::Bearer(&first))
        .await
        .assert_problem(422, "validation_failed");
    app.get(
        "/api/v1/pay-claims?cursor=2024-13-01_1",
        Auth::Bearer(&first),
    )
    .await
    .assert_problem(422, "validation_failed");
}
