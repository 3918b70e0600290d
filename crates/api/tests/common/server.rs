//! Shared by the API and end-to-end tests: HGCS served on a local port
//! from its own test database.
#![allow(
    dead_code,
    reason = "two test crates include this file and each uses part of it"
)]

use std::path::PathBuf;
use std::time::Duration;

use actix_test::TestServer;
use diesel::prelude::*;
use hgcs_api::accounts::{CheckedUser, insert_user};
use hgcs_api::app::{self, Parts};
use hgcs_api::auth::password::Passwords;
use hgcs_api::auth::tokens::TokenKeys;
use hgcs_api::config::AuthSettings;
use hgcs_api::files::FileStore;
use hgcs_api::state::AppState;
use hgcs_db::schema::units;
use hgcs_db::testing::TestDatabase;
use hgcs_db::{PgPool, PoolSettings};
use hgcs_domain::{Role, UnitId, UserId};

pub const SECRET: &[u8] = b"test-signing-key-of-at-least-32-bytes!";

pub fn default_auth() -> AuthSettings {
    AuthSettings {
        access_ttl: Duration::from_secs(900),
        refresh_ttl: Duration::from_secs(86_400),
        cookie_secure: false,
        trusted_proxies: Vec::new(),
        throttle_limit: 5,
        address_limit: 20,
        throttle_window: Duration::from_secs(900),
    }
}

pub fn default_pool() -> PoolSettings {
    PoolSettings {
        max_size: 4,
        acquire_timeout: Duration::from_secs(2),
        ..PoolSettings::default()
    }
}

pub struct Served {
    pub db: TestDatabase,
    pub server: TestServer,
    pub passwords: Passwords,
    pub pool: PgPool,
    /// This server's own folder of evidence files.
    pub files_dir: PathBuf,
}

/// Starts the application on a fresh test database.
pub fn serve(spa_dir: PathBuf, auth: AuthSettings, pool: PoolSettings) -> Served {
    let db = TestDatabase::new();
    let pool = db.pool(pool);
    let passwords = Passwords::new().unwrap();
    let files_dir = std::env::temp_dir().join(format!(
        "hgcs-test-files-{}",
        hgcs_api::auth::tokens::random_token()
    ));
    let state = AppState {
        pool: hgcs_api::db::Database::open(pool.clone(), db.url()).unwrap(),
        tokens: TokenKeys::new(SECRET, auth.access_ttl),
        passwords: passwords.clone(),
        auth,
        files: FileStore::open(&files_dir, 2 * 1024 * 1024).unwrap(),
    };
    let parts = Parts::new(state, spa_dir);
    let server = actix_test::start(move || app::build(parts.clone()));
    Served {
        db,
        server,
        passwords,
        pool,
        files_dir,
    }
}

/// The id of a seeded unit by its seed key (`12436`, `336`, `13225@2025`).
pub fn unit_id(conn: &mut PgConnection, key: &str) -> UnitId {
    UnitId(
        units::table
            .filter(units::seed_key.eq(key))
            .select(units::id)
            .first(conn)
            .unwrap(),
    )
}

/// Creates an account straight in the database.
pub fn create_user(
    conn: &mut PgConnection,
    passwords: &Passwords,
    username: &str,
    role: Role,
    unit_key: &str,
    password: &str,
) -> UserId {
    let checked = CheckedUser {
        username: username.into(),
        display_name: format!("Cán bộ {username}"),
        role,
        unit_id: unit_id(conn, unit_key),
        organisation_id: None,
    };
    let hash = passwords.hash(password).unwrap();
    UserId(insert_user(conn, &checked, &hash).unwrap().id)
}
