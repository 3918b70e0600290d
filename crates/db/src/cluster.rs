//! A private PostgreSQL cluster run from the machine's own PostgreSQL
//! binaries, so HGCS starts with nothing configured. Data live under the
//! data directory; the server listens only on a unix socket in a private
//! folder. PostgreSQL refuses to run as root, so when HGCS is root the
//! cluster belongs to, and runs as, the unprivileged `postgres` user.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::os::unix::fs::{PermissionsExt, chown};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use diesel::sql_types::{Bool, Text};
use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl};
use nix::unistd::{Gid, Uid, User};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The cluster's superuser; it authenticates by socket ownership (trust on
/// a socket only root and the cluster owner can reach).
pub const SUPERUSER: &str = "hgcs";
const PORT: u16 = 5432;
/// A unix socket path may hold 107 bytes; leave room for `/.s.PGSQL.5432`.
const MAX_SOCKET_DIR_LEN: usize = 90;
const UNPRIVILEGED_USER: &str = "postgres";

#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error(
        "no PostgreSQL server programs (initdb, pg_ctl) were found in HGCS_PG_BIN_DIR, on PATH \
         or in /usr/lib/postgresql/*/bin. Install them (Debian: apt-get install postgresql), \
         point HGCS_PG_BIN_DIR at them, or set DATABASE_URL to an existing PostgreSQL server."
    )]
    BinariesNotFound,
    #[error(
        "HGCS is running as root and PostgreSQL refuses to run as root, but there is no \
         '{UNPRIVILEGED_USER}' user to run it as. Create one (useradd --system postgres) \
         or set DATABASE_URL."
    )]
    NoUnprivilegedUser,
    #[error("could not prepare {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("`{command}` failed: {output}")]
    Command { command: String, output: String },
    #[error("the embedded PostgreSQL server does not answer: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("the embedded PostgreSQL server refused a query: {0}")]
    Query(#[from] diesel::result::Error),
}

/// How the cluster trades durability for speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Production settings: every commit reaches the disk.
    Full,
    /// For throw-away test data: no fsync, much faster.
    Scratch,
}

#[derive(Debug)]
pub struct Cluster {
    bin_dir: PathBuf,
    data_dir: PathBuf,
    socket_dir: PathBuf,
    owner: Option<(Uid, Gid)>,
    started_here: bool,
    /// Held while this process is the cluster's owner: the one that stops
    /// it. Another HGCS process on the same data directory attaches
    /// without it; a process that finds the cluster running and the lock
    /// free (its owner was killed) takes ownership.
    owner_lock: Option<fs::File>,
}

impl Cluster {
    /// Starts the cluster under `base_dir` (creating it on first use), or
    /// attaches to it when it is already running.
    pub fn start(base_dir: &Path, durability: Durability) -> Result<Cluster, ClusterError> {
        let bin_dir = find_bin_dir().ok_or(ClusterError::BinariesNotFound)?;
        let owner = unprivileged_owner()?;
        create_dir(base_dir, None)?;
        let base_dir = base_dir
            .canonicalize()
            .map_err(|source| io(base_dir, source))?;
        let data_dir = base_dir.join("postgres");
        let socket_dir = socket_dir_for(&base_dir);
        create_dir(&socket_dir, owner)?;
        let lock_path = base_dir.join("postgres.owner.lock");
        let lock = fs::File::create(&lock_path).map_err(|source| io(&lock_path, source))?;
        let owner_lock = lock.try_lock().is_ok().then_some(lock);
        let mut cluster = Cluster {
            bin_dir,
            data_dir,
            socket_dir,
            owner,
            started_here: false,
            owner_lock,
        };
        if !cluster.data_dir.join("PG_VERSION").exists() {
            create_dir(&cluster.data_dir, owner)?;
            cluster.run(
                "initdb",
                &[
                    "-D".as_ref(),
                    cluster.data_dir.as_os_str(),
                    "-U".as_ref(),
                    SUPERUSER.as_ref(),
                    "-A".as_ref(),
                    "trust".as_ref(),
                    "-E".as_ref(),
                    "UTF8".as_ref(),
                    "--no-locale".as_ref(),
                ],
            )?;
        }
        cluster.wait_ready(durability)?;
        Ok(cluster)
    }

    /// Starts the server unless it runs, then waits until it takes
    /// connections. A server still shutting down (a previous HGCS that is
    /// stopping) is waited for and started again.
    fn wait_ready(&mut self, durability: Durability) -> Result<(), ClusterError> {
        let mut attempts = 0;
        loop {
            if !self.is_running() {
                self.launch(durability)?;
                self.started_here = true;
            } else if self.owner_lock.is_some() && !self.started_here {
                // Running, yet no live process owns it: left by one that
                // was killed. Stop it with ours.
                tracing::info!(
                    data_dir = %self.data_dir.display(),
                    "taking over the embedded PostgreSQL server left running by a previous run"
                );
                self.started_here = true;
            }
            match PgConnection::establish(&self.database_url("postgres")) {
                Ok(_) => return Ok(()),
                Err(error) => {
                    let text = error.to_string();
                    let transient = text.contains("shutting down") || text.contains("starting up");
                    if !transient || attempts >= 120 {
                        return Err(error.into());
                    }
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(250));
                }
            }
        }
    }

    /// A libpq URL for `database` over the private socket.
    pub fn database_url(&self, database: &str) -> String {
        const PATH: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'/')
            .remove(b'-')
            .remove(b'_')
            .remove(b'.');
        let host = utf8_percent_encode(&self.socket_dir.to_string_lossy(), PATH).to_string();
        format!("postgres://{SUPERUSER}@/{database}?host={host}&port={PORT}")
    }

    /// Creates `name` unless it exists.
    pub fn ensure_database(&self, name: &str) -> Result<(), ClusterError> {
        #[derive(QueryableByName)]
        struct Found {
            #[diesel(sql_type = Bool)]
            found: bool,
        }
        let mut conn = PgConnection::establish(&self.database_url("postgres"))?;
        let exists = diesel::sql_query(
            "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS found",
        )
        .bind::<Text, _>(name)
        .get_result::<Found>(&mut conn)?;
        if !exists.found {
            diesel::sql_query(format!("CREATE DATABASE {}", quote_ident(name)))
                .execute(&mut conn)?;
        }
        Ok(())
    }

    /// Whether this process started the server (and so should stop it).
    pub fn started_here(&self) -> bool {
        self.started_here
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Restarts the server (fast shutdown, `down` for a while, then start),
    /// as an operator or a crash would; open connections are terminated.
    pub fn restart(
        &self,
        durability: Durability,
        down: std::time::Duration,
    ) -> Result<(), ClusterError> {
        self.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                self.data_dir.as_os_str(),
                "-m".as_ref(),
                "fast".as_ref(),
                "-w".as_ref(),
                "stop".as_ref(),
            ],
        )?;
        std::thread::sleep(down);
        self.launch(durability)
    }

    /// The folder of the PostgreSQL programs this cluster runs with, whose
    /// `pg_dump` and `pg_restore` match its server.
    pub fn bin_dir(&self) -> &Path {
        &self.bin_dir
    }

    /// Stops the server if this process started it; a fast shutdown rolls
    /// back open transactions and closes connections.
    pub fn stop(&mut self) -> Result<(), ClusterError> {
        if !self.started_here {
            return Ok(());
        }
        self.started_here = false;
        self.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                self.data_dir.as_os_str(),
                "-m".as_ref(),
                "fast".as_ref(),
                "-w".as_ref(),
                "stop".as_ref(),
            ],
        )
    }

    fn is_running(&self) -> bool {
        self.command("pg_ctl")
            .arg("-D")
            .arg(&self.data_dir)
            .arg("status")
            .output()
            .is_ok_and(|out| out.status.success())
    }

    fn launch(&self, durability: Durability) -> Result<(), ClusterError> {
        let mut options = format!(
            "-c listen_addresses='' -k '{}' -p {PORT} -c unix_socket_permissions=0700",
            self.socket_dir.display()
        );
        if durability == Durability::Scratch {
            options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        }
        let log = self.data_dir.join("server.log");
        self.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                self.data_dir.as_os_str(),
                "-l".as_ref(),
                log.as_os_str(),
                "-w".as_ref(),
                "-t".as_ref(),
                "60".as_ref(),
                "-o".as_ref(),
                options.as_ref(),
                "start".as_ref(),
            ],
        )
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(self.bin_dir.join(program));
        if let Some(parent) = self.data_dir.parent() {
            command.current_dir(parent);
        }
        if let Some((uid, gid)) = self.owner {
            command.uid(uid.as_raw()).gid(gid.as_raw());
        }
        command
    }

    fn run(&self, program: &str, args: &[&std::ffi::OsStr]) -> Result<(), ClusterError> {
        let described = format!(
            "{program} {}",
            args.iter()
                .map(|a| a.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ")
        );
        let output = self
            .command(program)
            .args(args)
            .output()
            .map_err(|source| ClusterError::Command {
                command: described.clone(),
                output: source.to_string(),
            })?;
        if output.status.success() {
            return Ok(());
        }
        let mut text = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        if text.is_empty() {
            text = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        }
        if self.owner.is_some() && text.contains("ermission denied") {
            text.push_str(&format!(
                " (the server runs as the '{UNPRIVILEGED_USER}' user, which must be able to reach {}; \
                 choose a data directory it can enter, or set DATABASE_URL)",
                self.data_dir.display()
            ));
        }
        Err(ClusterError::Command {
            command: described,
            output: text,
        })
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if let Err(error) = self.stop() {
            tracing::warn!(%error, "could not stop the embedded PostgreSQL server");
        }
    }
}

/// Double-quotes an SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn io(path: &Path, source: std::io::Error) -> ClusterError {
    ClusterError::Io {
        path: path.to_owned(),
        source,
    }
}

fn create_dir(path: &Path, owner: Option<(Uid, Gid)>) -> Result<(), ClusterError> {
    fs::create_dir_all(path).map_err(|source| io(path, source))?;
    if let Some((uid, gid)) = owner {
        chown(path, Some(uid.as_raw()), Some(gid.as_raw())).map_err(|source| io(path, source))?;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
            .map_err(|source| io(path, source))?;
    }
    Ok(())
}

/// The user the server must run as: `None` when HGCS itself is not root.
fn unprivileged_owner() -> Result<Option<(Uid, Gid)>, ClusterError> {
    if !Uid::effective().is_root() {
        return Ok(None);
    }
    match User::from_name(UNPRIVILEGED_USER) {
        Ok(Some(user)) => Ok(Some((user.uid, user.gid))),
        _ => Err(ClusterError::NoUnprivilegedUser),
    }
}

fn socket_dir_for(base_dir: &Path) -> PathBuf {
    let preferred = base_dir.join("run");
    if preferred.as_os_str().len() <= MAX_SOCKET_DIR_LEN {
        return preferred;
    }
    let mut hasher = DefaultHasher::new();
    base_dir.hash(&mut hasher);
    std::env::temp_dir().join(format!("hgcs-{:016x}", hasher.finish()))
}

/// Finds a PostgreSQL client program (`pg_dump`, `pg_restore`) the way the
/// server programs are found: beside them (`HGCS_PG_BIN_DIR`, `PATH`, the
/// newest `/usr/lib/postgresql/*/bin`), else anywhere on `PATH`.
pub fn find_program(program: &str) -> Option<PathBuf> {
    if let Some(dir) = find_bin_dir()
        && dir.join(program).is_file()
    {
        return Some(dir.join(program));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Finds the folder holding `initdb` and `pg_ctl`: `HGCS_PG_BIN_DIR` when
/// set (and only there), else `PATH`, else the newest version under
/// Debian's `/usr/lib/postgresql`.
pub fn find_bin_dir() -> Option<PathBuf> {
    let has_tools = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("HGCS_PG_BIN_DIR").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return has_tools(&dir).then_some(dir);
    }
    if let Some(path) = std::env::var_os("PATH")
        && let Some(dir) = std::env::split_paths(&path).find(|dir| has_tools(dir))
    {
        return Some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_tools(dir))
        .collect();
    versions.sort();
    versions.pop().map(|(_, dir)| dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quote_ident("hgcs"), "\"hgcs\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn long_data_paths_get_a_short_socket_folder() {
        let short = socket_dir_for(Path::new("/srv/hgcs"));
        assert_eq!(short, Path::new("/srv/hgcs/run"));
        let long = socket_dir_for(&Path::new("/srv").join("x".repeat(120)));
        assert!(long.as_os_str().len() <= MAX_SOCKET_DIR_LEN, "{long:?}");
    }
}
