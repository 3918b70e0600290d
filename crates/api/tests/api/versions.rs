//! No lost updates, no duplicates on retry: versions with `ETag` and
//! `If-Match`, and `Idempotency-Key` on creates.

use actix_web::http::Method;
use diesel::prelude::*;
use futures_util::future::join_all;
use hgcs_db::schema::cases;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, ask_question, ward_with_team};
use crate::support::{Auth, Reply, TestApp};

fn plan_input(title: &str) -> Value {
    json!({
        "document": {"number": "15", "doc_type": "KH", "issuer": "UBND", "issued_on": "2023-02-10"},
        "title": title,
        "period_start": "2023-01-01", "period_end": "2023-12-31",
        "status": "draft",
    })
}

async fn put_plan(
    app: &TestApp,
    token: &str,
    id: i64,
    if_match: Option<&str>,
    title: &str,
) -> Reply {
    let headers: Vec<(&str, &str)> = if_match.map(|tag| ("If-Match", tag)).into_iter().collect();
    app.send_with(
        Method::PUT,
        &format!("/api/v1/plans/{id}"),
        Auth::Bearer(token),
        Some(plan_input(title)),
        &headers,
    )
    .await
}

fn case_count(app: &TestApp) -> i64 {
    cases::table.count().get_result(&mut app.conn()).unwrap()
}

#[actix_web::test]
async fn of_two_edits_made_from_the_same_version_one_is_refused() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let city = app.login("phongtuphap").await;
    let created = app
        .post(
            "/api/v1/plans",
            Auth::Bearer(&city),
            plan_input("Kế hoạch năm 2023"),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_i64().unwrap();

    let loaded = app
        .get(&format!("/api/v1/plans/{id}"), Auth::Bearer(&city))
        .await;
    assert_eq!(loaded.status, 200, "{}", loaded.body);
    let etag = loaded.header("etag").expect("GET answers an ETag");
    assert_eq!(etag, format!("\"{}\"", loaded.body["version"]));

    // Without If-Match a PUT is refused, and nothing changes.
    put_plan(&app, &city, id, None, "Không có phiên bản")
        .await
        .assert_problem(428, "precondition_required");

    // Two officials save from the same version at the same time.
    let (first, second) = futures_util::future::join(
        put_plan(&app, &city, id, Some(&etag), "Bản của người thứ nhất"),
        put_plan(&app, &city, id, Some(&etag), "Bản của người thứ hai"),
    )
    .await;
    let mut statuses = [first.status, second.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412], "{} / {}", first.body, second.body);
    let (won, lost) = if first.status == 200 {
        (first, second)
    } else {
        (second, first)
    };
    lost.assert_problem(412, "precondition_failed");
    assert_eq!(
        lost.body["title"],
        "Bản ghi đã được người khác thay đổi; tải lại để xem bản mới"
    );

    // The winner's change is kept, under a new ETag.
    let reloaded = app
        .get(&format!("/api/v1/plans/{id}"), Auth::Bearer(&city))
        .await;
    let new_etag = reloaded.header("etag").unwrap();
    assert_ne!(new_etag, etag);
    assert_eq!(won.header("etag").as_deref(), Some(new_etag.as_str()));
    assert_eq!(reloaded.body["title"], won.body["title"]);

    // The stale version stays refused; the new one is accepted.
    put_plan(&app, &city, id, Some(&etag), "Muộn")
        .await
        .assert_problem(412, "precondition_failed");
    let english = app
        .send_with(
            Method::PUT,
            &format!("/api/v1/plans/{id}"),
            Auth::Bearer(&city),
            Some(plan_input("Late")),
            &[("If-Match", &etag), ("Accept-Language", "en")],
        )
        .await;
    english.assert_problem(412, "precondition_failed");
    assert_eq!(
        english.body["title"],
        "Someone else changed this record; reload to see the new version"
    );
    let saved = put_plan(&app, &city, id, Some(&new_etag), "Bản cuối").await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(saved.body["title"], "Bản cuối");
}

#[actix_web::test]
async fn a_step_sent_with_a_stale_version_is_refused() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let case = NewCase::for_team(team["id"].as_i64().unwrap())
        .create(&app, &ward)
        .await;
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let team_read = app
        .get(
            &format!("/api/v1/teams/{}", team["id"]),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(
        team_read.header("etag"),
        Some(format!("\"{}\"", team_read.body["version"]))
    );
    let loaded = app
        .get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&ward))
        .await;
    let etag = loaded.header("etag").expect("GET answers an ETag");
    let assign =
        json!({"action": "assign", "on": "2024-05-02", "mediators": [{"mediator_id": mediator}]});
    let stale = format!("\"{}\"", loaded.body["version"].as_i64().unwrap() + 7);
    app.send_with(
        Method::POST,
        &format!("/api/v1/cases/{case}/steps"),
        Auth::Bearer(&ward),
        Some(assign.clone()),
        &[("If-Match", &stale)],
    )
    .await
    .assert_problem(412, "precondition_failed");
    let assigned = app
        .send_with(
            Method::POST,
            &format!("/api/v1/cases/{case}/steps"),
            Auth::Bearer(&ward),
            Some(assign),
            &[("If-Match", &etag)],
        )
        .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    assert_ne!(format!("\"{}\"", assigned.body["version"]), etag);
    // A step without If-Match is still taken (and moves the version on).
    let started = app
        .post(
            &format!("/api/v1/cases/{case}/steps"),
            Auth::Bearer(&ward),
            json!({"action": "start", "on": "2024-05-03"}),
        )
        .await;
    assert_eq!(started.status, 200, "{}", started.body);
    assert!(started.body["version"].as_i64() > assigned.body["version"].as_i64());
}

#[actix_web::test]
async fn a_create_sent_again_with_its_key_is_answered_not_repeated() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let body = NewCase::for_team(team["id"].as_i64().unwrap()).json();
    let send = |key: &'static str, body: Value| {
        let ward = ward.clone();
        let app = &app;
        async move {
            app.send_with(
                Method::POST,
                "/api/v1/cases",
                Auth::Bearer(&ward),
                Some(body),
                &[("Idempotency-Key", key)],
            )
            .await
        }
    };
    let first = send("form-7f3a", body.clone()).await;
    assert_eq!(first.status, 201, "{}", first.body);
    let again = send("form-7f3a", body.clone()).await;
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(again.body, first.body);
    assert_eq!(again.header("idempotent-replayed").as_deref(), Some("true"));
    assert_eq!(case_count(&app), 1);

    // The same key with another body is a mistake, not a retry.
    let mut other = body.clone();
    other["summary"] = json!("Tranh chấp khác");
    send("form-7f3a", other)
        .await
        .assert_problem(422, "idempotency_key_reused");
    assert_eq!(case_count(&app), 1);

    // A new submission (new key) makes a new case; no key, no protection.
    let next = send("form-8b21", body.clone()).await;
    assert_eq!(next.status, 201, "{}", next.body);
    assert_ne!(next.body["id"], first.body["id"]);
    assert_eq!(case_count(&app), 2);

    // A refused create is not kept: the retry runs again.
    app.user("detham", Role::WardOfficial, "12439");
    let other_ward = app.login("detham").await;
    let refused = app
        .send_with(
            Method::POST,
            "/api/v1/cases",
            Auth::Bearer(&other_ward),
            Some(body.clone()),
            &[("Idempotency-Key", "form-7f3a")],
        )
        .await;
    assert!(
        refused.status == 403 || refused.status == 404,
        "{}",
        refused.body
    );
    assert_eq!(case_count(&app), 2);

    // A key is remembered 24 hours.
    diesel::sql_query(
        "UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'form-7f3a'",
    )
    .execute(&mut app.conn())
    .unwrap();
    let later = send("form-7f3a", body).await;
    assert_eq!(later.status, 201, "{}", later.body);
    assert!(later.header("idempotent-replayed").is_none());
    assert_eq!(case_count(&app), 3);
}

#[actix_web::test]
async fn ten_concurrent_retries_make_one_case() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let body = NewCase::for_team(team["id"].as_i64().unwrap()).json();
    let replies = join_all((0..10).map(|_| {
        app.send_with(
            Method::POST,
            "/api/v1/cases",
            Auth::Bearer(&ward),
            Some(body.clone()),
            &[("Idempotency-Key", "0b6f1c2e-retry")],
        )
    }))
    .await;
    for reply in &replies {
        assert_eq!(reply.status, 201, "{}", reply.body);
        assert_eq!(reply.body, replies[0].body);
    }
    assert_eq!(case_count(&app), 1);
}

#[actix_web::test]
async fn an_upload_sent_twice_with_one_key_attaches_once() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    let question = ask_question(&app, &ward).await;
    let path = format!("/api/v1/questions/{question}/files");
    let files = [(
        "files",
        Some("don.pdf"),
        "application/pdf",
        b"%PDF-1.4
%%EOF
"
        .as_slice(),
    )];
    let key = [("Idempotency-Key", "upload-3c9e")];
    let send = || app.post_multipart_with(&path, Auth::Bearer(&ward), &files, &key);
    let first = send().await;
    assert_eq!(first.status, 201, "{}", first.body);
    let retry = send().await;
    assert_eq!(retry.status, 201, "{}", retry.body);
    assert_eq!(retry.header("idempotent-replayed").as_deref(), Some("true"));
    assert_eq!(retry.body, first.body);
    let files = app
        .get(
            &format!("/api/v1/questions/{question}"),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(
        files.body["files"].as_array().map(Vec::len),
        Some(1),
        "attached once"
    );
}
