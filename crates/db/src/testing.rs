//! Databases for tests. Each test gets its own database cloned from a
//! template that is migrated and seeded once per server, so tests run in
//! parallel and never see each other's rows.
//!
//! The server is `HGCS_TEST_DATABASE_URL` (or `DATABASE_URL`) when set;
//! otherwise a scratch embedded cluster (in `HGCS_TEST_CLUSTER_DIR` or the
//! temp folder), shared by all test processes and left running for the
//! next run; `scripts/test` stops it at the end.
#![expect(
    clippy::expect_used,
    reason = "test support fails loudly with the cause"
)]

use std::fs::File;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use diesel::{Connection, PgConnection, RunQueryDsl};

use crate::cluster::{Cluster, Durability, quote_ident};
use crate::seed::{DEFAULT_REFERENCE_DATA, ReferenceData};
use crate::{PgPool, PoolSettings, migrations, pool};

struct Server {
    /// A URL whose database part is replaced per test database.
    base_url: String,
    _cluster: Option<Cluster>,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static TEMPLATE: OnceLock<String> = OnceLock::new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A database that exists for one test and is dropped with this value.
pub struct TestDatabase {
    name: String,
    url: String,
}

impl TestDatabase {
    /// A clone of the migrated and seeded template.
    pub fn new() -> Self {
        let template = TEMPLATE.get_or_init(create_template);
        let name = unique_name("t");
        let sql = format!(
            "CREATE DATABASE {} TEMPLATE {}",
            quote_ident(&name),
            quote_ident(template)
        );
        let mut attempt = 0;
        loop {
            match diesel::sql_query(&sql).execute(&mut maintenance()) {
                Ok(_) => break,
                // Another process may still be closing its session on the template.
                Err(error) if attempt < 20 && error.to_string().contains("being accessed") => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(error) => panic!("cannot create test database {name}: {error}"),
            }
        }
        Self::named(name)
    }

    /// An empty database with no tables, for migration tests.
    pub fn empty() -> Self {
        let name = unique_name("e");
        diesel::sql_query(format!("CREATE DATABASE {}", quote_ident(&name)))
            .execute(&mut maintenance())
            .expect("create empty test database");
        Self::named(name)
    }

    fn named(name: String) -> Self {
        let url = url_for(&name);
        Self { name, url }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn connect(&self) -> PgConnection {
        PgConnection::establish(&self.url).expect("connect to the test database")
    }

    pub fn pool(&self, settings: PoolSettings) -> PgPool {
        pool::build(&self.url, settings).expect("pool for the test database")
    }
}

impl Default for TestDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let sql = format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(&self.name)
        );
        if let Err(error) = diesel::sql_query(sql).execute(&mut maintenance()) {
            eprintln!("could not drop test database {}: {error}", self.name);
        }
    }
}

fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        let configured = std::env::var("HGCS_TEST_DATABASE_URL")
            .or_else(|_| std::env::var("DATABASE_URL"))
            .ok()
            .filter(|url| !url.is_empty());
        if let Some(url) = configured {
            return Server {
                base_url: url,
                _cluster: None,
            };
        }
        let dir = embedded_dir();
        std::fs::create_dir_all(&dir).expect("create the test cluster folder");
        let lock = File::create(dir.with_extension("lock")).expect("create the test cluster lock");
        lock.lock().expect("lock the test cluster");
        let cluster = Cluster::start(&dir, Durability::Scratch)
            .unwrap_or_else(|e| panic!("test cluster: {e}"));
        drop(lock);
        Server {
            base_url: cluster.database_url("postgres"),
            _cluster: Some(cluster),
        }
    })
}

/// The folder of the shared embedded test cluster: `HGCS_TEST_CLUSTER_DIR`,
/// or one per checkout in the temp folder.
pub fn embedded_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("HGCS_TEST_CLUSTER_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let mut hasher = DefaultHasher::new();
    workspace_dir().hash(&mut hasher);
    std::env::temp_dir().join(format!("hgcs-test-{:016x}", hasher.finish()))
}

fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn url_for(database: &str) -> String {
    let base = &server().base_url;
    let (main, query) = match base.split_once('?') {
        Some((main, query)) => (main, Some(query)),
        None => (base.as_str(), None),
    };
    let authority_start = main.find("://").map_or(0, |at| at + 3);
    let authority_end = main[authority_start..]
        .find('/')
        .map_or(main.len(), |at| authority_start + at);
    let mut url = format!("{}/{database}", &main[..authority_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

fn maintenance() -> PgConnection {
    PgConnection::establish(&url_for("postgres"))
        .expect("connect to the test server's postgres database")
}

fn unique_name(prefix: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("hgcs_{prefix}_{}_{n}_{nanos}", std::process::id())
}

/// Builds the template once per content of migrations and seed data; a
/// server-wide advisory lock makes concurrent test processes wait for it.
fn create_template() -> String {
    let name = format!("hgcs_tpl_{:016x}", content_hash());
    let mut admin = maintenance();
    diesel::sql_query("SELECT pg_advisory_lock(724110)")
        .execute(&mut admin)
        .expect("lock template creation");
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let existing: Count =
        diesel::sql_query("SELECT count(*) AS n FROM pg_database WHERE datname = $1")
            .bind::<diesel::sql_types::Text, _>(&name)
            .get_result(&mut admin)
            .expect("look for the template");
    if existing.n == 0 {
        let building = format!("{name}_build");
        diesel::sql_query(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(&building)
        ))
        .execute(&mut admin)
        .expect("drop a half-built template");
        diesel::sql_query(format!("CREATE DATABASE {}", quote_ident(&building)))
            .execute(&mut admin)
            .expect("create the template");
        {
            let mut conn =
                PgConnection::establish(&url_for(&building)).expect("connect to the template");
            migrations::run_pending(&mut conn).expect("migrate the template");
            ReferenceData::parse(DEFAULT_REFERENCE_DATA)
                .and_then(|data| data.apply(&mut conn))
                .expect("seed the template");
        }
        diesel::sql_query(format!(
            "ALTER DATABASE {} RENAME TO {}",
            quote_ident(&building),
            quote_ident(&name)
        ))
        .execute(&mut admin)
        .expect("publish the template");
    }
    diesel::sql_query("SELECT pg_advisory_unlock(724110)")
        .execute(&mut admin)
        .expect("unlock template creation");
    name
}

fn content_hash() -> u64 {
    let mut hasher = DefaultHasher::new();
    DEFAULT_REFERENCE_DATA.hash(&mut hasher);
    let dir = workspace_dir().join("migrations");
    let mut files: Vec<PathBuf> = walk(&dir);
    files.sort();
    for file in files {
        file.strip_prefix(&dir).unwrap_or(&file).hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .flat_map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                walk(&path)
            } else {
                vec![path]
            }
        })
        .collect()
}
