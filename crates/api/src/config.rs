//! Configuration from command-line flags or environment variables (see
//! `.env.example`), checked at start-up by clap with a clear message.

use std::net::{IpAddr, SocketAddr};
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
    /// Mark cookies `Secure`. Unset: on, unless HGCS listens on a
    /// loopback address (plain HTTP on the machine itself).
    #[arg(long, env = "HGCS_COOKIE_SECURE", value_parser = BoolishValueParser::new())]
    pub cookie_secure: Option<bool>,
    /// Reverse proxies in front of HGCS (IP addresses or CIDR ranges,
    /// comma-separated). The client address is the last `X-Forwarded-For`
    /// hop before them; without them it is the peer's address.
    #[arg(long, env = "HGCS_TRUSTED_PROXIES", default_value = "", value_parser = parse_nets)]
    pub trusted_proxies: Networks,
}

/// A comma-separated list of networks; empty for none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Networks(pub Vec<IpNet>);

pub fn parse_nets(text: &str) -> Result<Networks, String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(parse_net)
        .collect::<Result<_, _>>()
        .map(Networks)
}

impl AuthArgs {
    /// Cookies are `Secure` unless set otherwise or HGCS listens on loopback.
    pub fn cookie_secure_for(&self, addr: SocketAddr) -> bool {
        self.cookie_secure.unwrap_or(!addr.ip().is_loopback())
    }
}

/// An IP address or a CIDR range (`10.0.0.0/8`, `::1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    pub addr: IpAddr,
    pub prefix: u8,
}

impl IpNet {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

pub fn parse_net(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    let (addr, prefix) = match text.split_once('/') {
        Some((addr, prefix)) => (addr, Some(prefix)),
        None => (text, None),
    };
    let addr: IpAddr = addr
        .parse()
        .map_err(|_| format!("{text:?} is not an IP address or CIDR range"))?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let prefix = match prefix {
        None => max,
        Some(p) => p
            .parse::<u8>()
            .ok()
            .filter(|p| *p <= max)
            .ok_or_else(|| format!("{text:?}: the prefix length must be 0 to {max}"))?,
    };
    Ok(IpNet { addr, prefix })
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
    /// unset only loopback callers that are not a trusted proxy may
    /// (HGCS_TRUSTED_PROXIES).
    #[arg(long, env = "HGCS_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    #[command(flatten)]
    pub auth: AuthArgs,
    #[command(flatten)]
    pub mail: crate::mail::MailArgs,
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
    /// Proxies whose `X-Forwarded-For` hops are believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Failures allowed per account from one address within
    /// `throttle_window`; past them the account is slowed for everyone.
    pub throttle_limit: usize,
    /// Failures allowed from one address, whatever the accounts.
    pub address_limit: usize,
    pub throttle_window: Duration,
}

impl AuthSettings {
    pub fn new(args: &AuthArgs, addr: SocketAddr) -> Self {
        Self {
            access_ttl: Duration::from_secs(u64::from(args.access_token_minutes) * 60),
            refresh_ttl: Duration::from_secs(u64::from(args.refresh_token_days) * 86_400),
            cookie_secure: args.cookie_secure_for(addr),
            trusted_proxies: args.trusted_proxies.0.clone(),
            throttle_limit: 5,
            address_limit: 20,
            throttle_window: Duration::from_secs(15 * 60),
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests fail loudly")]
mod tests {
    use super::*;

    fn args(cookie_secure: Option<bool>) -> AuthArgs {
        AuthArgs {
            jwt_secret: None,
            access_token_minutes: 15,
            refresh_token_days: 14,
            cookie_secure,
            trusted_proxies: Networks::default(),
        }
    }

    #[test]
    fn cookies_are_secure_unless_served_on_loopback_or_said_otherwise() {
        let loopback: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let public: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert!(!args(None).cookie_secure_for(loopback));
        assert!(args(None).cookie_secure_for(public));
        assert!(args(Some(true)).cookie_secure_for(loopback));
        assert!(!args(Some(false)).cookie_secure_for(public));
    }

    #[test]
    fn networks_match_their_addresses() {
        let net = parse_net("10.1.0.0/16").unwrap();
        assert!(net.contains("10.1.200.3".parse().unwrap()));
        assert!(!net.contains("10.2.0.1".parse().unwrap()));
        let one = parse_net("::1").unwrap();
        assert!(one.contains("::1".parse().unwrap()));
        let mapped = parse_net("192.0.2.1").unwrap();
        assert!(mapped.contains("::ffff:192.0.2.1".parse().unwrap()));
        assert!(parse_net("10.0.0.0/33").is_err());
        assert!(parse_net("proxy").is_err());
        assert_eq!(parse_nets(" ").unwrap(), Networks::default());
        assert_eq!(parse_nets("10.0.0.0/8, ::1").unwrap().0.len(), 2);
    }
}
