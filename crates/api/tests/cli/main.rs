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
