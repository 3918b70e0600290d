//! Faults: PostgreSQL restarting under load, a table lock held elsewhere,
//! an exhausted pool, a request body that never arrives. Real PostgreSQL,
//! the real server on a local port, requests over HTTP or a raw socket.
//! The restart test runs its own embedded cluster, never the shared one.
#![expect(clippy::unwrap_used, reason = "tests fail loudly")]

#[path = "../common/server.rs"]
mod server;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_test::TestServer;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use hgcs_api::app::{self, Parts};
use hgcs_api::auth::password::Passwords;
use hgcs_api::auth::tokens::TokenKeys;
use hgcs_api::files::FileStore;
use hgcs_api::observe::OpsSettings;
use hgcs_api::state::AppState;
use hgcs_db::cluster::{Cluster, Durability};
use hgcs_db::testing::TestDatabase;
use hgcs_db::{PgPool, PoolSettings};
use hgcs_domain::Role;

use server::{SECRET, create_user, default_auth};

struct App {
    server: TestServer,
    pool: PgPool,
    token: String,
    url: String,
    files_dir: std::path::PathBuf,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.files_dir);
    }
}

/// The application on `url` (migrated and seeded), with one ward official
/// and a token for them.
fn start(url: &str, pool: PoolSettings, ops: OpsSettings) -> App {
    let passwords = Passwords::new().unwrap();
    let mut conn = PgConnection::establish(url).unwrap();
    let user = create_user(
        &mut conn,
        &passwords,
        "canbo",
        Role::WardOfficial,
        "12436",
        "a long test password",
    );
    let pool = hgcs_db::pool::build(url, pool).unwrap();
    let tokens = TokenKeys::new(SECRET, Duration::from_secs(900));
    let session = hgcs_db::models::session::insert(&mut conn, user).unwrap();
    let row = hgcs_db::models::user::find(&mut conn, user).unwrap();
    let token = tokens.issue_for_user(&row, session).unwrap();
    let files_dir = std::env::temp_dir().join(format!(
        "hgcs-faults-files-{}",
        hgcs_api::auth::tokens::random_token()
    ));
    let state = AppState {
        pool: hgcs_api::db::Database::open(pool.clone(), url).unwrap(),
        tokens,
        passwords,
        auth: default_auth(),
        files: FileStore::open(&files_dir, 1024 * 1024).unwrap(),
    };
    let parts = Parts {
        ops: actix_web::web::Data::new(ops),
        ..Parts::new(state, std::env::temp_dir().join("hgcs-no-spa"))
    };
    let server = actix_test::start(move || app::build(parts.clone()));
    App {
        server,
        pool,
        token,
        url: url.to_owned(),
        files_dir,
    }
}

fn small_pool() -> PoolSettings {
    PoolSettings {
        max_size: 4,
        acquire_timeout: Duration::from_secs(2),
        ..PoolSettings::default()
    }
}

struct Answer {
    status: u16,
    content_type: String,
    retry_after: Option<String>,
    body: serde_json::Value,
}

async fn get(app: &App, path: &str, auth: bool) -> Answer {
    let mut request = app.server.get(path).timeout(Duration::from_secs(30));
    if auth {
        request = request.insert_header(("Authorization", format!("Bearer {}", app.token)));
    }
    let mut response = request.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = header("content-type").unwrap_or_default();
    let retry_after = header("retry-after");
    let bytes = response.body().limit(1 << 20).await.unwrap();
    Answer {
        status: response.status().as_u16(),
        content_type,
        retry_after,
        body: serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    }
}

fn assert_unavailable(answer: &Answer) {
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert_eq!(answer.content_type, "application/problem+json");
    assert_eq!(answer.body["code"], "service_unavailable");
    assert!(answer.retry_after.is_some(), "no Retry-After");
}

#[actix_web::test]
async fn requests_while_postgresql_restarts_answer_503_never_500_and_recover() {
    let dir = std::env::temp_dir().join(format!(
        "hgcs-faults-cluster-{}-{}",
        std::process::id(),
        hgcs_api::auth::tokens::random_token()
    ));
    let cluster = Cluster::start(&dir, Durability::Scratch).unwrap();
    cluster.ensure_database("hgcs").unwrap();
    let url = cluster.database_url("hgcs");
    {
        let mut conn = PgConnection::establish(&url).unwrap();
        hgcs_db::migrations::run_pending(&mut conn).unwrap();
        hgcs_db::seed::ReferenceData::parse(hgcs_db::seed::DEFAULT_REFERENCE_DATA)
            .and_then(|data| data.apply(&mut conn))
            .unwrap();
    }
    let app = Rc::new(start(&url, small_pool(), OpsSettings::default()));
    assert_eq!(get(&app, "/api/v1/me", true).await.status, 200);

    let cluster = Arc::new(cluster);
    let restarting = {
        let cluster = Arc::clone(&cluster);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(700));
            let started = Instant::now();
            cluster
                .restart(Durability::Scratch, Duration::from_millis(1500))
                .unwrap();
            started.elapsed()
        })
    };
    let until = Instant::now() + Duration::from_secs(6);
    let workers = (0..8).map(|n| {
        let app = Rc::clone(&app);
        async move {
            let mut seen = Vec::new();
            let paths = ["/api/v1/me", "/api/v1/units", "/api/v1/health"];
            let mut i = n;
            while Instant::now() < until {
                let path = paths[i % paths.len()];
                i += 1;
                let answer = get(&app, path, true).await;
                seen.push((path, answer.status, answer.body, answer.retry_after));
            }
            seen
        }
    });
    let seen: Vec<_> = futures_util::future::join_all(workers)
        .await
        .into_iter()
        .flatten()
        .collect();
    let took = restarting.join().unwrap();
    let mut tally = std::collections::BTreeMap::new();
    for (_, status, _, _) in &seen {
        *tally.entry(*status).or_insert(0) += 1;
    }
    eprintln!("restart took {took:?}; answers by status: {tally:?}");
    for (path, status, body, retry_after) in &seen {
        assert!(
            (200..300).contains(status) || *status == 503,
            "{path} answered {status} during the restart: {body}"
        );
        if *status == 503 {
            assert_eq!(body["code"], "service_unavailable", "{body}");
            assert!(retry_after.is_some(), "503 without Retry-After");
        }
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let answer = get(&app, "/api/v1/me", true).await;
        if answer.status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "no recovery: {}", answer.body);
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(get(&app, "/api/v1/health/ready", false).await.status, 200);
    drop(app);
    drop(cluster);
    let _ = std::fs::remove_dir_all(&dir);
}

#[actix_web::test]
async fn a_table_lock_held_elsewhere_gives_503_in_seconds_and_liveness_stays_up() {
    let db = TestDatabase::new();
    let app = start(db.url(), small_pool(), OpsSettings::default());
    assert_eq!(get(&app, "/api/v1/me", true).await.status, 200);

    let mut locker = PgConnection::establish(&app.url).unwrap();
    locker
        .batch_execute("BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
        .unwrap();

    let started = Instant::now();
    let live = get(&app, "/api/v1/health/live", false).await;
    assert_eq!(live.status, 200);
    assert!(started.elapsed() < Duration::from_millis(500));

    let started = Instant::now();
    let locked = get(&app, "/api/v1/me", true).await;
    let waited = started.elapsed();
    eprintln!(
        "a request on the locked table answered {} after {waited:?}",
        locked.status
    );
    assert_unavailable(&locked);
    assert!(waited < Duration::from_secs(6), "took {waited:?}");

    // Readiness answers within a second whatever the lock does.
    let started = Instant::now();
    let ready = get(&app, "/api/v1/health/ready", false).await;
    assert!(started.elapsed() < Duration::from_millis(1500));
    assert_eq!(ready.status, 200, "{}", ready.body);

    locker.batch_execute("ROLLBACK").unwrap();
    assert_eq!(get(&app, "/api/v1/me", true).await.status, 200);
}

#[actix_web::test]
async fn a_signed_in_request_without_a_connection_waits_once_for_its_503() {
    let db = TestDatabase::new();
    let app = start(db.url(), small_pool(), OpsSettings::default());
    // Every connection of the pool is taken outside the server's turns.
    let held: Vec<_> = (0..4).map(|_| app.pool.get().unwrap()).collect();
    let started = Instant::now();
    let answer = get(&app, "/api/v1/cases", true).await;
    let waited = started.elapsed();
    assert_unavailable(&answer);
    // One acquire timeout (2 s): the caller, unchecked for want of a
    // connection, is not checked again on the way out.
    assert!(waited < Duration::from_millis(3500), "took {waited:?}");
    drop(held);
    assert_eq!(get(&app, "/api/v1/cases", true).await.status, 200);
}

#[actix_web::test]
async fn health_answers_within_a_second_when_the_pool_is_exhausted() {
    let db = TestDatabase::new();
    let settings = PoolSettings {
        max_size: 1,
        acquire_timeout: Duration::from_secs(10),
        ..PoolSettings::default()
    };
    let app = start(db.url(), settings, OpsSettings::default());
    let held = app.pool.get().unwrap();
    for path in ["/api/v1/health", "/api/v1/health/ready"] {
        let started = Instant::now();
        let answer = get(&app, path, false).await;
        assert!(
            started.elapsed() < Duration::from_millis(1200),
            "{path} took {:?}",
            started.elapsed()
        );
        assert_unavailable(&answer);
    }
    let started = Instant::now();
    assert_eq!(get(&app, "/api/v1/health/live", false).await.status, 200);
    assert!(started.elapsed() < Duration::from_millis(500));
    drop(held);
    assert_eq!(get(&app, "/api/v1/health", false).await.status, 200);
}

#[actix_web::test]
async fn a_body_that_never_arrives_is_answered_408_and_the_connection_closed() {
    let db = TestDatabase::new();
    let ops = OpsSettings {
        request_timeout: Duration::from_secs(1),
        ..OpsSettings::default()
    };
    let app = start(db.url(), small_pool(), ops);
    let addr = app.server.addr();
    let outcome = actix_web::rt::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream
            .write_all(
                b"POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n\
                  Content-Type: application/json\r\nContent-Length: 100\r\n\r\n",
            )
            .unwrap();
        let started = Instant::now();
        let mut received = Vec::new();
        let mut buffer = [0u8; 4096];
        loop {
            match stream.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
                Err(_) => break,
            }
        }
        (
            started.elapsed(),
            String::from_utf8_lossy(&received).into_owned(),
        )
    })
    .await
    .unwrap();
    let (waited, text) = outcome;
    eprintln!("a missing body was answered after {waited:?}");
    assert!(text.starts_with("HTTP/1.1 408"), "{text:?}");
    assert!(text.contains("application/problem+json"), "{text}");
    assert!(text.contains("request_timeout"), "{text}");
    assert!(waited < Duration::from_secs(5), "held for {waited:?}");
}

#[actix_web::test]
async fn metrics_need_the_configured_token_when_one_is_set() {
    let db = TestDatabase::new();
    let ops = OpsSettings {
        metrics_token: Some("a-scraper-token".into()),
        ..OpsSettings::default()
    };
    let app = start(db.url(), small_pool(), ops);
    // Failed sign-ins until the throttle answers 429: both are counted.
    let mut throttled = false;
    for _ in 0..8 {
        let answer = app
            .server
            .post("/api/v1/auth/login")
            .send_json(&serde_json::json!({ "username": "canbo", "password": "wrong" }))
            .await
            .unwrap();
        if answer.status().as_u16() == 429 {
            throttled = true;
            break;
        }
    }
    assert!(throttled, "the sign-in throttle never answered");
    let refused = get(&app, "/metrics", false).await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.content_type, "application/problem+json");
    let mut response = app
        .server
        .get("/metrics")
        .insert_header(("Authorization", "Bearer a-scraper-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let text = String::from_utf8(response.body().await.unwrap().to_vec()).unwrap();
    assert!(text.contains("hgcs_db_pool_connections"), "{text}");
    let counter = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("{name} ")))
            .and_then(|value| value.parse::<u64>().ok())
            .unwrap_or(0)
    };
    assert!(counter("hgcs_sign_in_failures_total") >= 5, "{text}");
    assert!(counter("hgcs_throttled_total") >= 1, "{text}");
}
