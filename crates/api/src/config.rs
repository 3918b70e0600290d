//! Configuration from command-line flags or environment variables (see
//! `.env.example`), checked at start-up by clap with a clear message.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::builder::BoolishValueParser;
use hgcs_db::PoolSettings;

#[derive(clap::Args, Debug, Clone)]
pub struct DatabaseArgs {
    /// PostgreSQL URL. Without it HGCS runs its own PostgreSQL cluster
    /// under the data directory, using the machine's PostgreSQL programs.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Where the embedded cluster (and later uploaded files) live.
    #[arg(long, env = "HGCS_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Most database connections held at once.
    #[arg(long, env = "HGCS_DB_POOL_SIZE", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=500))]
    pub pool_size: u32,
    /// Seconds a request waits for a free connection before a 503.
    #[arg(long, env = "HGCS_DB_ACQUIRE_TIMEOUT_SECS", default_value_t = 5,
          value_parser = clap::value_parser!(u64).range(1..=120))]
    pub acquire_timeout_secs: u64,
    /// Milliseconds a database statement may run before it is cancelled
    /// (PostgreSQL `statement_timeout`); the request then answers 503.
    #[arg(long, env = "HGCS_DB_STATEMENT_TIMEOUT_MS", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(100..=600_000))]
    pub statement_timeout_ms: u64,
    /// Milliseconds a statement waits for a lock another session holds
    /// (PostgreSQL `lock_timeout`); the request then answers 503.
    #[arg(long, env = "HGCS_DB_LOCK_TIMEOUT_MS", default_value_t = 3_000,
          value_parser = clap::value_parser!(u64).range(100..=600_000))]
    pub lock_timeout_ms: u64,
    /// Reference data file (units, successions, organisations); the copy
    /// built into the binary when unset.
    #[arg(long, env = "HGCS_SEED_FILE")]
    pub seed_file: Option<PathBuf>,
}

impl DatabaseArgs {
    pub fn pool_settings(&self) -> PoolSettings {
        PoolSettings {
            max_size: self.pool_size,
            acquire_timeout: Duration::from_secs(self.acquire_timeout_secs),
            statement_timeout: Duration::from_millis(self.statement_timeout_ms),
            lock_timeout: Duration::from_millis(self.lock_timeout_ms),
        }
    }
}

#[derive(clap::Args, Debug, Clone)]
pub struct AuthArgs {
    /// Key for signing access tokens, at least 32 characters. When unset a
    /// random key is generated once and kept in the database.
    #[arg(long, env = "HGCS_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Minutes an access token lives.
    #[arg(long, env = "HGCS_ACCESS_TOKEN_MINUTES", default_value_t = 15,
          value_parser = clap::value_parser!(u32).range(1..=1440))]
    pub access_token_minutes: u32,
    /// Days a refresh token (a browser session) lives.
    #[arg(long, env = "HGCS_REFRESH_TOKEN_DAYS", default_value_t = 14,
          value_parser = clap::value_parser!(u32).range(1..=365))]
    pub refresh_token_days: u32,
    /// Mark cookies `Secure`; turn on whenever HGCS is served over HTTPS.
    #[arg(long, env = "HGCS_COOKIE_SECURE", default_value = "false", value_parser = BoolishValueParser::new())]
    pub cookie_secure: bool,
    /// Take the client address from `X-Forwarded-For`/`Forwarded`; only
    /// behind a reverse proxy that sets them.
    #[arg(long, env = "HGCS_TRUST_PROXY", default_value = "false", value_parser = BoolishValueParser::new())]
    pub trust_proxy: bool,
}

#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "HGCS_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Folder of the built browser app (index.html and its assets).
    #[arg(long, env = "HGCS_SPA_DIR", default_value = "frontend/dist")]
    pub spa_dir: PathBuf,
    /// Password of the `admin` account created on first start; a random
    /// one is printed when unset.
    #[arg(long, env = "HGCS_ADMIN_PASSWORD", hide_env_values = true)]
    pub admin_password: Option<String>,
    /// Where evidence files are kept; `<data dir>/files` when unset.
    #[arg(long, env = "HGCS_FILES_DIR")]
    pub files_dir: Option<PathBuf>,
    /// Largest evidence file accepted, in MB.
    #[arg(long, env = "HGCS_MAX_UPLOAD_MB", default_value_t = 20,
          value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub max_upload_mb: u64,
    /// Seconds a request may take to arrive and be answered (its body
    /// included); a body that does not arrive in time gets 408 and the
    /// connection is closed.
    #[arg(long, env = "HGCS_REQUEST_TIMEOUT_SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout_secs: u64,
    /// The same for file uploads (multipart requests).
    #[arg(long, env = "HGCS_UPLOAD_TIMEOUT_SECS", default_value_t = 600,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub upload_timeout_secs: u64,
    /// Bearer token that lets a scraper read /metrics from anywhere; when
    /// unset only loopback callers may (and nobody when HGCS_TRUST_PROXY
    /// is on).
    #[arg(long, env = "HGCS_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    #[command(flatten)]
    pub auth: AuthArgs,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

impl ServeArgs {
    pub fn ops_settings(&self) -> crate::observe::OpsSettings {
        crate::observe::OpsSettings {
            request_timeout: Duration::from_secs(self.request_timeout_secs),
            upload_timeout: Duration::from_secs(self.upload_timeout_secs),
            metrics_token: self.metrics_token.clone().filter(|t| !t.is_empty()),
        }
    }
}

/// Sign-in and session rules the handlers apply.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    pub cookie_secure: bool,
    pub trust_proxy: bool,
    /// Failures allowed per account or address within `throttle_window`.
    pub throttle_limit: usize,
    pub throttle_window: Duration,
}

impl From<&AuthArgs> for AuthSettings {
    fn from(args: &AuthArgs) -> Self {
        Self {
            access_ttl: Duration::from_secs(u64::from(args.access_token_minutes) * 60),
            refresh_ttl: Duration::from_secs(u64::from(args.refresh_token_days) * 86_400),
            cookie_secure: args.cookie_secure,
            trust_proxy: args.trust_proxy,
            throttle_limit: 5,
            throttle_window: Duration::from_secs(15 * 60),
        }
    }
}
