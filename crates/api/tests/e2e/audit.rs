//! A ward official opens the audit log from the menu and reads the ward's
//! entries (its own sign-in) and none of another ward's.

use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site};

#[actix_web::test]
async fn a_ward_reads_its_own_audit_log() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("locha", Role::WardOfficial, "12439");

    let other = Browser::open().await;
    other.sign_in(&site, "locha", PASSWORD).await;
    other.wait_for("[data-test=nav-dashboard]").await;
    other.close().await;

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-audit]").await;
    browser.wait_for("[data-test=audit-row]").await;
    let table = browser.text_of("table").await;
    assert!(
        table.contains("boxuyen") && table.contains("sign_in"),
        "{table}"
    );
    assert!(!table.contains("locha"), "another ward's entries: {table}");
    browser.screenshot("20-audit-ward").await;
    browser.close().await;
}
