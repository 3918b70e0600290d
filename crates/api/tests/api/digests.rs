//! The daily digest: `hgcs digest` run twice on one day notifies each user
//! once; each user's digest holds only what is due in their own scope; two
//! servers running it at once make it once.

use std::process::Command;

use diesel::prelude::*;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::support::{Auth, TestApp};

fn digest_command(app: &TestApp, day: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_hgcs"))
        .args(["digest", "--database-url", app.db.url(), "--day", day])
        .output()
        .unwrap_or_else(|e| panic!("run hgcs digest: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    stdout
}

fn digests_of(app: &TestApp, day: &str) -> Vec<(String, usize)> {
    use hgcs_db::schema::{digests, users};
    let day: chrono::NaiveDate = day.parse().unwrap();
    digests::table
        .inner_join(users::table)
        .filter(digests::day.eq(day))
        .select((users::username, digests::items))
        .order(users::username)
        .load::<(String, Value)>(&mut app.conn())
        .unwrap()
        .into_iter()
        .map(|(user, items)| (user, items.as_array().map_or(0, Vec::len)))
        .collect()
}

fn codes(digest: &Value) -> Vec<String> {
    digest["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["code"].as_str().unwrap().to_owned())
        .collect()
}

/// A supervision of Phường Thái Bình's work, waiting for its answer.
async fn open_supervision(app: &TestApp, front: &str) {
    let made = app
        .post(
            "/api/v1/supervisions",
            Auth::Bearer(front),
            json!({"subject": "unit", "unit_id": app.unit("13225@2025"), "supervised_on": "2026-11-20",
                   "findings": "Chưa tổng kết công tác hòa giải năm."}),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
}

#[actix_web::test]
async fn the_digest_tells_each_user_their_own_items_once_a_day() {
    let app = TestApp::start().await;
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("tranlam", Role::WardOfficial, "12454@2025");
    app.user("mattran", Role::FrontPartner, "33");
    let ward = app.login("thaibinh").await;
    let other = app.login("tranlam").await;
    let front = app.login("mattran").await;
    // Thái Bình has a supervision to answer; Trần Lãm has none.
    open_supervision(&app, &front).await;

    let day = "2026-12-04";
    let first = digest_command(&app, day);
    assert!(first.contains("item(s)"), "{first}");
    let sent = digests_of(&app, day);
    assert!(sent.iter().any(|(user, _)| user == "thaibinh"), "{sent:?}");
    // The second run on the same day sends nothing again.
    let second = digest_command(&app, day);
    assert!(second.contains("already made"), "{second}");
    assert_eq!(digests_of(&app, day), sent);

    // Each reads their own, in codes and parameters.
    let mine = app.get("/api/v1/me/digests", Auth::Bearer(&ward)).await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(mine.body.as_array().unwrap().len(), 1);
    assert_eq!(mine.body[0]["day"], day);
    let open = mine.body[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["code"] == "supervisions_open")
        .cloned()
        .expect("the open supervision is in Thái Bình's digest");
    assert_eq!(open["count"], 1);
    let theirs = app.get("/api/v1/me/digests", Auth::Bearer(&other)).await;
    assert_eq!(theirs.status, 200, "{}", theirs.body);
    for digest in theirs.body.as_array().unwrap() {
        assert!(
            !codes(digest).contains(&"supervisions_open".to_owned()),
            "{digest}"
        );
    }
    // The Front has nothing due: no digest at all.
    let nothing = app.get("/api/v1/me/digests", Auth::Bearer(&front)).await;
    assert_eq!(nothing.body, json!([]));
}

#[actix_web::test]
async fn two_servers_at_once_make_the_digest_once() {
    let app = TestApp::start().await;
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("mattran", Role::FrontPartner, "33");
    let front = app.login("mattran").await;
    open_supervision(&app, &front).await;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let mut conn = app.db.connect();
            std::thread::spawn(move || hgcs_api::digest::run(&mut conn, day).unwrap())
        })
        .collect();
    let outcomes: Vec<_> = runs.into_iter().map(|run| run.join().unwrap()).collect();
    let made = outcomes
        .iter()
        .filter(|o| matches!(o, hgcs_api::digest::Outcome::Made { .. }))
        .count();
    assert_eq!(made, 1, "{outcomes:?}");
    assert_eq!(
        digests_of(&app, "2026-12-05")
            .iter()
            .filter(|(user, _)| user == "thaibinh")
            .count(),
        1
    );
}
