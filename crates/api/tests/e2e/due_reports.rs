//! A ward of Hưng Yên signs in and finds the day's digest and the
//! periodic reports it owes in its due list, next to the tasks; the link
//! opens the reports page.

use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site};

#[actix_web::test]
async fn a_ward_finds_the_reports_it_owes_in_its_due_list() {
    let site = Site::start().await;
    site.user("thaibinh", Role::WardOfficial, "13225@2025");
    let today = hgcs_domain::time::today();
    let mut conn = site.served.db.connect();
    let made = hgcs_api::digest::run(&mut conn, today).unwrap();
    assert!(
        matches!(made, hgcs_api::digest::Outcome::Made { .. }),
        "{made:?}"
    );

    let browser = Browser::open().await;
    browser.sign_in(&site, "thaibinh", PASSWORD).await;
    browser.wait_for("[data-test=due-report]").await;
    let digest = browser.text_of("[data-test=digest]").await;
    assert!(digest.contains("Nhắc việc ngày"), "{digest}");
    assert!(
        digest.contains("Báo cáo Năm") && digest.contains("Phường Thái Bình"),
        "{digest}"
    );
    browser.screenshot("27-digest").await;
    println!("digest as the ward sees it:\n{digest}");
    let owed = browser.text_of("[data-test=due-panel]").await;
    // Last year's official report is overdue or due within 30 days,
    // whatever today is, and nothing was started.
    assert!(owed.contains("(chính thức)"), "{owed}");
    assert!(
        owed.contains("Phường Thái Bình") && owed.contains("Chưa lập"),
        "{owed}"
    );
    browser.click("[data-test=due-report] a").await;
    browser.wait_for("[data-test=overview]").await;
    browser.screenshot("28-due-reports").await;
    browser.close().await;
}
