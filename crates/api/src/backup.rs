//! `hgcs backup <file>` and `hgcs restore <file>`: the database (a
//! `pg_dump` custom-format dump) and the evidence files in one tar archive,
//! with a manifest of the SHA-256 of every member (`MANIFEST.sha256`, in
//! the format `sha256sum -c` reads), checked before anything is restored.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use diesel::{QueryableByName, RunQueryDsl};
use sha2::{Digest, Sha256};

use crate::config::DatabaseArgs;
use crate::startup::{self, Database, StartupError};

const DUMP: &str = "database.dump";
const MANIFEST: &str = "MANIFEST.sha256";
const FILES: &str = "files";

#[derive(clap::Args, Debug)]
pub struct BackupArgs {
    /// The archive to write (a tar file).
    pub file: PathBuf,
    /// Where evidence files are kept; `<data dir>/files` when unset.
    #[arg(long, env = "HGCS_FILES_DIR")]
    pub files_dir: Option<PathBuf>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    /// The archive `hgcs backup` wrote.
    pub file: PathBuf,
    /// Restore into a database that already holds tables, dropping the
    /// objects the backup holds first.
    #[arg(long)]
    pub force: bool,
    /// Where evidence files are kept; `<data dir>/files` when unset.
    #[arg(long, env = "HGCS_FILES_DIR")]
    pub files_dir: Option<PathBuf>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

fn invalid(message: impl Into<String>) -> StartupError {
    StartupError::Invalid(message.into())
}

fn files_dir(given: Option<&Path>, database: &DatabaseArgs) -> PathBuf {
    given.map_or_else(|| database.data_dir.join("files"), Path::to_path_buf)
}

/// A work folder beside `file`, removed when dropped.
struct Work(PathBuf);

impl Work {
    fn beside(file: &Path) -> Result<Self, StartupError> {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into());
        let dir = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join(format!(".{name}.work-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir)
            .map_err(|e| invalid(format!("cannot create {}: {e}", dir.display())))?;
        Ok(Self(dir))
    }
}

impl Drop for Work {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// `pg_dump` or `pg_restore`: the embedded cluster's own, else found like
/// the server programs are.
fn program(db: &Database, name: &str) -> Result<PathBuf, StartupError> {
    if let Some(cluster) = &db.cluster {
        let own = cluster.bin_dir().join(name);
        if own.is_file() {
            return Ok(own);
        }
    }
    hgcs_db::cluster::find_program(name).ok_or_else(|| {
        invalid(format!(
            "{name} was not found in HGCS_PG_BIN_DIR, beside initdb or on PATH; \
             install the PostgreSQL client programs (Debian: apt-get install postgresql-client)"
        ))
    })
}

fn run(command: &mut Command, what: &str) -> Result<(), StartupError> {
    let output = command
        .output()
        .map_err(|e| invalid(format!("cannot run {what}: {e}")))?;
    if output.status.success() {
        return Ok(());
    }
    Err(invalid(format!(
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    )))
}

fn sha256_of(path: &Path) -> Result<String, StartupError> {
    let mut file =
        File::open(path).map_err(|e| invalid(format!("cannot read {}: {e}", path.display())))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(|e| invalid(format!("cannot read {}: {e}", path.display())))?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// Every stored file under `root` (not the temporary uploads), as paths
/// relative to it with `/` between parts.
fn stored_files(root: &Path) -> Result<Vec<(String, PathBuf)>, StartupError> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && dir == root => continue,
            Err(e) => return Err(invalid(format!("cannot read {}: {e}", dir.display()))),
        };
        for entry in entries {
            let path = entry
                .map_err(|e| invalid(format!("cannot read {}: {e}", dir.display())))?
                .path();
            if path.is_dir() {
                if path != root.join("tmp") {
                    pending.push(path);
                }
            } else if let Ok(relative) = path.strip_prefix(root) {
                let name = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push((name, path));
            }
        }
    }
    found.sort();
    Ok(found)
}

pub fn backup(args: BackupArgs) -> Result<(), StartupError> {
    let db = startup::open(&args.database)?;
    let files_root = files_dir(args.files_dir.as_deref(), &args.database);
    let work = Work::beside(&args.file)?;
    let dump = work.0.join(DUMP);
    run(
        Command::new(program(&db, "pg_dump")?)
            .arg("--format=custom")
            .arg("--file")
            .arg(&dump)
            .arg("--dbname")
            .arg(&db.url),
        "pg_dump",
    )?;
    let partial = work.0.join("archive.tar");
    let out = File::create(&partial)
        .map_err(|e| invalid(format!("cannot write {}: {e}", partial.display())))?;
    let mut tar = tar::Builder::new(out);
    let mut manifest = String::new();
    let mut members = vec![(DUMP.to_owned(), dump.clone())];
    for (name, path) in stored_files(&files_root)? {
        members.push((format!("{FILES}/{name}"), path));
    }
    let count = members.len() - 1;
    for (name, path) in &members {
        manifest.push_str(&format!("{}  {name}\n", sha256_of(path)?));
        tar.append_path_with_name(path, name)
            .map_err(|e| invalid(format!("cannot archive {}: {e}", path.display())))?;
    }
    let mut header = tar::Header::new_gnu();
    header.set_size(manifest.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    );
    header.set_cksum();
    tar.append_data(&mut header, MANIFEST, manifest.as_bytes())
        .map_err(|e| invalid(format!("cannot write the manifest: {e}")))?;
    let out = tar
        .into_inner()
        .map_err(|e| invalid(format!("cannot finish the archive: {e}")))?;
    out.sync_all()
        .map_err(|e| invalid(format!("cannot write the archive: {e}")))?;
    drop(out);
    fs::rename(&partial, &args.file).or_else(|_| {
        fs::copy(&partial, &args.file)
            .map(|_| ())
            .map_err(|e| invalid(format!("cannot write {}: {e}", args.file.display())))
    })?;
    println!(
        "backup written to {}: the database and {count} file(s)",
        args.file.display()
    );
    Ok(())
}

/// Reads `MANIFEST.sha256` and checks every member against it; a member
/// missing, added or changed refuses the whole archive.
fn verify(dir: &Path) -> Result<BTreeMap<String, String>, StartupError> {
    let manifest = File::open(dir.join(MANIFEST))
        .map_err(|_| invalid("the archive has no MANIFEST.sha256: it is not an HGCS backup"))?;
    let mut listed = BTreeMap::new();
    for line in BufReader::new(manifest).lines() {
        let line = line.map_err(|e| invalid(format!("cannot read the manifest: {e}")))?;
        if line.is_empty() {
            continue;
        }
        let (sum, name) = line
            .split_once("  ")
            .ok_or_else(|| invalid(format!("a manifest line is not `<sha256>  <name>`: {line}")))?;
        listed.insert(name.to_owned(), sum.to_owned());
    }
    if !listed.contains_key(DUMP) {
        return Err(invalid("the archive holds no database dump"));
    }
    let mut present: Vec<String> = vec![DUMP.to_owned()];
    present.extend(
        stored_files(&dir.join(FILES))?
            .into_iter()
            .map(|(name, _)| format!("{FILES}/{name}")),
    );
    for name in &present {
        let Some(expected) = listed.get(name) else {
            return Err(invalid(format!(
                "{name} is in the archive but not in its manifest"
            )));
        };
        if &sha256_of(&dir.join(name))? != expected {
            return Err(invalid(format!(
                "{name} does not match its checksum: the archive is damaged"
            )));
        }
    }
    if let Some(missing) = listed.keys().find(|name| !present.contains(name)) {
        return Err(invalid(format!(
            "{missing} is in the manifest but not in the archive"
        )));
    }
    Ok(listed)
}

fn tables_in(url: &str) -> Result<i64, StartupError> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = startup::connect(url)?;
    let count: Count = diesel::sql_query(
        "SELECT count(*) AS n FROM information_schema.tables \
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    )
    .get_result(&mut conn)
    .map_err(|e| invalid(format!("cannot look into the database: {e}")))?;
    Ok(count.n)
}

pub fn restore(args: RestoreArgs) -> Result<(), StartupError> {
    let work = Work::beside(&args.file)?;
    let archive = File::open(&args.file)
        .map_err(|e| invalid(format!("cannot read {}: {e}", args.file.display())))?;
    let mut tar = tar::Archive::new(archive);
    for entry in tar
        .entries()
        .map_err(|e| invalid(format!("{} is not a tar archive: {e}", args.file.display())))?
    {
        let mut entry = entry.map_err(|e| invalid(format!("the archive is damaged: {e}")))?;
        // `unpack_in` refuses paths that would leave the work folder.
        if !entry
            .unpack_in(&work.0)
            .map_err(|e| invalid(format!("cannot unpack the archive: {e}")))?
        {
            return Err(invalid("the archive names a path outside itself"));
        }
    }
    let listed = verify(&work.0)?;
    let db = startup::open(&args.database)?;
    let tables = tables_in(&db.url)?;
    if tables > 0 && !args.force {
        return Err(invalid(format!(
            "the database is not empty ({tables} tables); restore into an empty database, \
             or pass --force to replace what the backup holds"
        )));
    }
    let mut command = Command::new(program(&db, "pg_restore")?);
    command
        .arg("--no-owner")
        .arg("--no-acl")
        .arg("--exit-on-error")
        .arg("--single-transaction");
    if args.force {
        command.arg("--clean").arg("--if-exists");
    }
    command.arg("--dbname").arg(&db.url).arg(work.0.join(DUMP));
    run(&mut command, "pg_restore")?;
    let files_root = files_dir(args.files_dir.as_deref(), &args.database);
    let mut restored = 0;
    for name in listed
        .keys()
        .filter(|n| n.starts_with(&format!("{FILES}/")))
    {
        let source = work.0.join(name);
        let target = files_root.join(&name[FILES.len() + 1..]);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| invalid(format!("cannot create {}: {e}", parent.display())))?;
        }
        fs::rename(&source, &target)
            .or_else(|_| fs::copy(&source, &target).map(|_| ()))
            .map_err(|e| invalid(format!("cannot write {}: {e}", target.display())))?;
        restored += 1;
    }
    println!(
        "restored the database and {restored} file(s) from {}",
        args.file.display()
    );
    Ok(())
}
