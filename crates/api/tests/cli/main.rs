//! The `hgcs` binary as an operator meets it.

use std::process::Command;

fn hgcs() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hgcs"))
}

#[test]
fn without_a_database_or_postgresql_it_says_what_to_install() {
    let dir = std::env::temp_dir().join(format!("hgcs-cli-test-{}", std::process::id()));
    let output = hgcs()
        .args(["migrate", "--data-dir"])
        .arg(&dir)
        .env_remove("DATABASE_URL")
        .env("HGCS_PG_BIN_DIR", "/nonexistent")
        .output()
        .unwrap_or_else(|e| panic!("run hgcs: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
    assert!(stderr.contains("DATABASE_URL"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_bad_setting_is_named() {
    let output = hgcs()
        .args(["serve", "--addr", "not-an-address"])
        .output()
        .unwrap_or_else(|e| panic!("run hgcs: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--addr"), "{stderr}");
}

#[test]
fn the_openapi_command_prints_the_committed_document() {
    let output = hgcs()
        .arg("openapi")
        .output()
        .unwrap_or_else(|e| panic!("run hgcs: {e}"));
    assert!(output.status.success());
    let printed: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../openapi/openapi.json"
    ))
    .unwrap_or_else(|e| panic!("read openapi.json: {e}"));
    let committed: serde_json::Value =
        serde_json::from_str(&committed).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        printed == committed,
        "openapi/openapi.json is stale: regenerate it"
    );
}

/// A scratch data folder, removed at the end.
struct DataDir(std::path::PathBuf);

impl DataDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "hgcs-cli-{name}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        ));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        Self(dir)
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        // Stop a cluster a failed test left running (fast shutdown).
        let pid_file = self.0.join("postgres/postmaster.pid");
        if let Some(pid) = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|text| text.lines().next().map(str::to_owned))
        {
            let _ = Command::new("kill").args(["-INT", &pid]).status();
            for _ in 0..50 {
                if !pid_file.exists() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// An HTTP answer: status, headers (lower-case names) and body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One request over a fresh connection; `None` when nothing listens.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Option<Answer> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .ok()?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    Some(Answer {
        status,
        headers,
        body: body.to_owned(),
    })
}

const ADMIN_PASSWORD: &str = "an admin password for tests";

fn serve(data: &std::path::Path, port: u16) -> Command {
    let mut command = hgcs();
    command
        .arg("serve")
        .env_remove("DATABASE_URL")
        .env("HGCS_DATA_DIR", data)
        .env("HGCS_ADDR", format!("127.0.0.1:{port}"))
        .env("HGCS_SPA_DIR", data.join("no-spa"))
        .env("HGCS_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .stdin(std::process::Stdio::null());
    command
}

/// Waits until the server answers its liveness check.
fn wait_live(port: u16, child: &mut std::process::Child) {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if http(port, "GET", "/api/v1/health/live", &[], "").is_some_and(|a| a.status == 200) {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("hgcs serve exited: {status}");
        }
        assert!(
            std::time::Instant::now() < until,
            "hgcs serve did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn signal(child: &std::process::Child, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(status.success());
}

fn cluster_running(data: &std::path::Path) -> bool {
    data.join("postgres/postmaster.pid").exists()
}

#[test]
fn a_restart_after_a_kill_cleans_up_takes_over_the_cluster_and_logs_json() {
    let data = DataDir::new("restart");
    let port = free_port();
    let mut first = serve(&data.0, port)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    wait_live(port, &mut first);
    first.kill().unwrap_or_else(|e| panic!("{e}"));
    let _ = first.wait();
    assert!(
        cluster_running(&data.0),
        "the killed server's cluster runs on"
    );
    let leftover = data.0.join("files/tmp/upload-cut-short.part");
    std::fs::write(&leftover, b"half a file").unwrap_or_else(|e| panic!("{e}"));

    let mut second = serve(&data.0, port)
        .env("HGCS_LOG_FORMAT", "json")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    wait_live(port, &mut second);
    assert!(!leftover.exists(), "a partial upload was left in place");

    // A request id given by the caller comes back in the header and in
    // the problem.
    let missing = http(
        port,
        "GET",
        "/api/v1/no-such-thing",
        &[("X-Request-Id", "cli-test-42")],
        "",
    )
    .unwrap_or_else(|| panic!("no answer"));
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("x-request-id"), Some("cli-test-42"));
    let problem: serde_json::Value =
        serde_json::from_str(&missing.body).unwrap_or_else(|e| panic!("{e}: {}", missing.body));
    assert_eq!(problem["request_id"], "cli-test-42");
    // One is made when none is given.
    let live = http(port, "GET", "/api/v1/health/live", &[], "").unwrap_or_else(|| panic!());
    assert!(live.header("x-request-id").is_some_and(|id| id.len() >= 16));

    // A failed sign-in is counted; metrics are served to a loopback caller.
    let refused = http(
        port,
        "POST",
        "/api/v1/auth/login",
        &[("Content-Type", "application/json")],
        r#"{"username":"admin","password":"not the password"}"#,
    )
    .unwrap_or_else(|| panic!());
    assert_eq!(refused.status, 401, "{}", refused.body);
    let metrics = http(port, "GET", "/metrics", &[], "").unwrap_or_else(|| panic!());
    assert_eq!(metrics.status, 200, "{}", metrics.body);
    assert!(
        metrics.body.contains("hgcs_sign_in_failures_total 1"),
        "{}",
        metrics.body
    );
    assert!(
        metrics.body.contains(
            r#"hgcs_http_requests_total{method="GET",route="/api/v1/health/live",status="200"}"#
        ),
        "{}",
        metrics.body
    );
    assert!(
        metrics
            .body
            .contains("hgcs_http_request_duration_seconds_bucket")
    );
    assert!(
        metrics
            .body
            .contains(r#"hgcs_db_pool_connections{state="idle"}"#)
    );
    assert!(
        !metrics.body.contains("no-such-thing"),
        "raw paths are not labels"
    );

    signal(&second, "TERM");
    let status = second.wait().unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success(), "{status}");
    assert!(
        !cluster_running(&data.0),
        "the cluster taken over is stopped on exit"
    );
    let mut out = String::new();
    std::io::Read::read_to_string(
        &mut second.stdout.take().unwrap_or_else(|| panic!()),
        &mut out,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let line = out
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .find(|line| line["request_id"] == "cli-test-42")
        .unwrap_or_else(|| panic!("no JSON log line for the request: {out}"));
    assert_eq!(line["status"], 404, "{line}");
    assert_eq!(line["method"], "GET", "{line}");
    assert_eq!(line["path"], "/api/v1/no-such-thing", "{line}");
    assert!(line["duration_ms"].is_number(), "{line}");
    assert!(line["route"].is_string(), "{line}");
}

fn run_ok(command: &mut Command) -> String {
    let output = command.output().unwrap_or_else(|e| panic!("run hgcs: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn with_data(mut command: Command, data: &std::path::Path) -> Command {
    command
        .env_remove("DATABASE_URL")
        .env("HGCS_DATA_DIR", data);
    command
}

#[test]
fn a_backup_restores_every_record_and_file_into_an_empty_database() {
    use sha2::Digest;
    let source = DataDir::new("backup-from");
    let target = DataDir::new("backup-to");
    let archive = source.0.join("hgcs-backup.tar");

    run_ok(with_data(hgcs(), &source.0).arg("seed"));
    let mut create = with_data(hgcs(), &source.0);
    create
        .args([
            "create-user",
            "--username",
            "canbo.phuong",
            "--display-name",
        ])
        .arg("Cán bộ phường")
        .args(["--role", "ward_official", "--unit", "12436"])
        .env("HGCS_NEW_USER_PASSWORD", "a long password for the ward");
    run_ok(&mut create);
    let content = b"%PDF-1.7\nevidence kept by the ward\n".to_vec();
    let sha = format!("{:x}", sha2::Sha256::digest(&content));
    let stored = source.0.join("files").join(&sha[..2]).join(&sha);
    std::fs::create_dir_all(stored.parent().unwrap_or_else(|| panic!()))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&stored, &content).unwrap_or_else(|e| panic!("{e}"));

    let mut backup = with_data(hgcs(), &source.0);
    backup.arg("backup").arg(&archive);
    let said = run_ok(&mut backup);
    assert!(said.contains("1 file"), "{said}");

    // A damaged archive is refused before anything is restored.
    let bytes = std::fs::read(&archive).unwrap_or_else(|e| panic!("{e}"));
    let at = bytes
        .windows(8)
        .position(|w| w == b"evidence")
        .unwrap_or_else(|| panic!("the file is in the archive"));
    let mut damaged = bytes.clone();
    damaged[at] = b'E';
    let damaged_path = source.0.join("damaged.tar");
    std::fs::write(&damaged_path, &damaged).unwrap_or_else(|e| panic!("{e}"));
    let refused = with_data(hgcs(), &target.0)
        .arg("restore")
        .arg(&damaged_path)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("checksum"), "{stderr}");

    let mut restore = with_data(hgcs(), &target.0);
    restore.arg("restore").arg(&archive);
    run_ok(&mut restore);
    let restored = target.0.join("files").join(&sha[..2]).join(&sha);
    assert_eq!(
        std::fs::read(&restored).unwrap_or_else(|e| panic!("{e}")),
        content
    );

    // A database that holds tables is not overwritten without --force.
    let again = with_data(hgcs(), &target.0)
        .arg("restore")
        .arg(&archive)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not empty"), "{stderr}");
    let mut forced = with_data(hgcs(), &target.0);
    forced.arg("restore").arg("--force").arg(&archive);
    run_ok(&mut forced);

    // The restored server knows the account made before the backup.
    let port = free_port();
    let log_path = target.0.join("serve.log");
    let log = std::fs::File::create(&log_path).unwrap_or_else(|e| panic!("{e}"));
    let mut server = serve(&target.0, port)
        .env_remove("HGCS_LOG_FORMAT")
        .stdout(log)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    wait_live(port, &mut server);
    let login = http(
        port,
        "POST",
        "/api/v1/auth/login",
        &[("Content-Type", "application/json")],
        r#"{"username":"canbo.phuong","password":"a long password for the ward"}"#,
    )
    .unwrap_or_else(|| panic!("no answer"));
    signal(&server, "TERM");
    let _ = server.wait();
    assert_eq!(login.status, 200, "{}", login.body);
    // Its log, written to a file, is plain text: no terminal colours.
    let logged = std::fs::read_to_string(&log_path).unwrap_or_else(|e| panic!("{e}"));
    assert!(logged.contains("/api/v1/auth/login"), "{logged}");
    assert!(!logged.contains('\u{1b}'), "{logged}");
}
