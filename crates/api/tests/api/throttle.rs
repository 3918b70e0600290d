//! Password guessing is braked without locking the owner out.

use actix_web::http::Method;
use futures_util::future::join_all;
use hgcs_api::config::parse_net;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, PASSWORD, Reply, TestApp, default_auth, default_pool};

/// An app that believes the `X-Forwarded-For` hop its loopback "proxy"
/// adds, so tests can speak from several addresses.
async fn behind_a_proxy() -> TestApp {
    let mut auth = default_auth();
    auth.trusted_proxies = vec![parse_net("127.0.0.1").unwrap(), parse_net("::1").unwrap()];
    TestApp::start_with(auth, default_pool()).await
}

async fn login_from(
    app: &TestApp,
    address: &str,
    auth: Auth<'_>,
    username: &str,
    password: &str,
) -> Reply {
    app.send_with(
        Method::POST,
        "/api/v1/auth/login",
        auth,
        Some(json!({ "username": username, "password": password })),
        &[("X-Forwarded-For", address)],
    )
    .await
}

fn statuses(replies: &[Reply]) -> (usize, usize, usize) {
    let count = |status| replies.iter().filter(|r| r.status == status).count();
    (count(200), count(401), count(429))
}

#[actix_web::test]
async fn of_thirty_concurrent_guesses_at_most_the_limit_are_checked() {
    let app = TestApp::start().await;
    app.user("target", Role::WardOfficial, "12436");
    let words: Vec<String> = (0..30).map(|n| format!("guess number {n}")).collect();
    let guesses = words.iter().map(|word| app.login_with("target", word));
    let replies = join_all(guesses).await;
    let (succeeded, checked, throttled) = statuses(&replies);
    eprintln!("30 concurrent guesses: {checked} checked (401), {throttled} throttled (429)");
    assert_eq!(succeeded, 0);
    assert!(
        checked <= default_auth().throttle_limit,
        "{checked} were checked"
    );
    assert_eq!(checked + throttled, 30);
    for reply in replies.iter().filter(|r| r.status == 429) {
        reply.assert_problem(429, "too_many_requests");
        let retry: u64 = reply.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=900).contains(&retry), "{retry}");
    }
}

#[actix_web::test]
async fn after_thirty_guesses_the_owner_still_signs_in() {
    let app = behind_a_proxy().await;
    app.user("owner", Role::WardOfficial, "12436");
    let office = "198.51.100.7";
    // The owner's browser signed in earlier from the office.
    let earlier = login_from(&app, office, Auth::None, "owner", PASSWORD).await;
    assert_eq!(earlier.status, 200, "{}", earlier.body);
    let refresh = earlier.cookie("hgcs_refresh").unwrap();

    // Someone at the same address guesses 30 times.
    let words: Vec<String> = (0..30).map(|n| format!("guess {n}")).collect();
    let guesses = words
        .iter()
        .map(|word| login_from(&app, office, Auth::None, "owner", word));
    let (succeeded, checked, throttled) = statuses(&join_all(guesses).await);
    assert_eq!((succeeded, checked + throttled), (0, 30));

    // Without a session the pair (owner, office) is held back...
    login_from(&app, office, Auth::None, "owner", PASSWORD)
        .await
        .assert_problem(429, "too_many_requests");
    // Another address signs in with the right password, after a delay
    // that grows with the account's failures.
    let started = std::time::Instant::now();
    let elsewhere = login_from(&app, "203.0.113.9", Auth::None, "owner", PASSWORD).await;
    assert_eq!(elsewhere.status, 200, "{}", elsewhere.body);
    let waited = started.elapsed();
    eprintln!("sign-in from another address after {checked} failures took {waited:?}");
    assert!(waited >= std::time::Duration::from_secs(1), "{waited:?}");
    // The browser that holds the owner's session is never held back.
    let browser = login_from(&app, office, Auth::Cookie(&refresh), "owner", PASSWORD).await;
    assert_eq!(browser.status, 200, "{}", browser.body);
}

#[actix_web::test]
async fn a_session_cookie_of_another_account_does_not_lift_the_brake() {
    let app = TestApp::start().await;
    app.user("target", Role::WardOfficial, "12436");
    app.user("attacker", Role::WardOfficial, "12436");
    let own = app.login_with("attacker", PASSWORD).await;
    let refresh = own.cookie("hgcs_refresh").unwrap();
    for _ in 0..5 {
        app.login_with("target", "guess guess guess").await;
    }
    app.send(
        Method::POST,
        "/api/v1/auth/login",
        Auth::Cookie(&refresh),
        Some(json!({ "username": "target", "password": "guess again" })),
    )
    .await
    .assert_problem(429, "too_many_requests");
}

#[actix_web::test]
async fn forwarded_for_written_by_the_client_does_not_change_its_address() {
    let limit = default_auth().address_limit;
    // Behind the proxy: the client's own left part varies, the hop the
    // proxy added does not.
    let app = behind_a_proxy().await;
    for n in 0..limit {
        let header = format!("10.9.{}.{}, 192.0.2.50", n / 200, n % 200);
        login_from(&app, &header, Auth::None, &format!("user{n}"), "guess").await;
    }
    login_from(
        &app,
        "10.77.0.1, 192.0.2.50",
        Auth::None,
        "another",
        "guess",
    )
    .await
    .assert_problem(429, "too_many_requests");

    // Straight to the server (its peer is no trusted proxy): the header is
    // not read at all.
    let mut auth = default_auth();
    auth.trusted_proxies = vec![parse_net("10.0.0.0/8").unwrap()];
    let app = TestApp::start_with(auth, default_pool()).await;
    for n in 0..limit {
        login_from(
            &app,
            &format!("10.1.1.{n}"),
            Auth::None,
            &format!("user{n}"),
            "guess",
        )
        .await;
    }
    login_from(&app, "10.2.2.2", Auth::None, "another", "guess")
        .await
        .assert_problem(429, "too_many_requests");
}

#[actix_web::test]
async fn a_wrong_current_password_is_throttled_like_a_sign_in() {
    let app = TestApp::start().await;
    app.user("changer", Role::WardOfficial, "12436");
    let token = app.login("changer").await;
    for n in 0..default_auth().throttle_limit {
        app.post(
            "/api/v1/me/password",
            Auth::Bearer(&token),
            json!({"current_password": format!("guess {n}"), "new_password": "a brand new passphrase"}),
        )
        .await
        .assert_problem(422, "validation_failed");
    }
    let throttled = app
        .post(
            "/api/v1/me/password",
            Auth::Bearer(&token),
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await;
    throttled.assert_problem(429, "too_many_requests");
    assert!(throttled.header("retry-after").is_some());
}
