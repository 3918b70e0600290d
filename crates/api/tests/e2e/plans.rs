//! A ward makes its plan from plan 42/KH-UBND and reports progress with a
//! file; the city sees the report and downloads the file.

use fantoccini::Locator;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, text_becomes, tokio_sleep};

/// Opens plan 42/KH-UBND from the list of plans, and waits for its tasks.
pub async fn open_plan_42(browser: &Browser) {
    browser.click("[data-test=nav-plans]").await;
    browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//*[@data-test='plan-row'][contains(., '42/KH-UBND')]//a",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for("[data-test=task-row]").await;
}

#[actix_web::test]
async fn a_ward_creates_its_plan_and_posts_an_update_with_a_file() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("phongtuphap", Role::CityJustice, "336");
    let pdf = std::env::temp_dir().join(format!("hgcs-e2e-bao-cao-{}.pdf", std::process::id()));
    std::fs::write(
        &pdf,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
    )
    .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    open_plan_42(&browser).await;
    let city_tasks = browser
        .client
        .find_all(Locator::Css("[data-test=task-row]"))
        .await
        .unwrap()
        .len();
    assert_eq!(city_tasks, 6);
    browser.screenshot("05-plan-42").await;

    browser.click("#create-ward-plan").await;
    browser
        .client
        .wait()
        .for_element(Locator::XPath("//h1[contains(., 'Bồ Xuyên')] | //*[contains(@class,'doc-title')][contains(., 'Bồ Xuyên')]"))
        .await
        .ok();
    let mut ward_tasks = 0;
    for _ in 0..50 {
        ward_tasks = browser
            .client
            .find_all(Locator::Css("[data-test=task-row]"))
            .await
            .unwrap()
            .len();
        if ward_tasks == 4 {
            break;
        }
        tokio_sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        ward_tasks, 4,
        "the ward plan holds the tasks that concern wards"
    );
    browser.screenshot("06-ward-plan").await;

    browser.click("[data-test=task-row] a").await;
    browser
        .fill(
            "#update-body",
            "Đã đăng tải Bộ tài liệu trên trang thông tin điện tử của phường",
        )
        .await;
    browser.fill("#update-progress", "70").await;
    browser
        .wait_for("#update-status")
        .await
        .select_by_value("in_progress")
        .await
        .unwrap();
    browser
        .wait_for("#update-files")
        .await
        .send_keys(&pdf.display().to_string())
        .await
        .unwrap();
    browser.click("#post-update").await;
    browser.wait_for("[data-test=task-update]").await;
    let link = browser.wait_for("[data-test=evidence-link]").await;
    assert!(link.text().await.unwrap().contains("hgcs-e2e-bao-cao"));
    let task_url = browser.client.current_url().await.unwrap().to_string();
    browser.screenshot("07-task-update").await;

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "phongtuphap", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.client.goto(&task_url).await.unwrap();
    let update = browser.text_of("[data-test=task-update]").await;
    assert!(update.contains("Đã đăng tải Bộ tài liệu"), "{update}");
    browser.wait_for("[data-test=evidence-link]").await;
    browser.close().await;
    let _ = std::fs::remove_file(pdf);
}

#[actix_web::test]
async fn the_city_copies_plan_42_to_the_next_year() {
    let site = Site::start().await;
    site.user("phongtuphap", Role::CityJustice, "336");

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtuphap", PASSWORD).await;
    open_plan_42(&browser).await;
    assert_eq!(
        text_becomes(&browser, "[data-test=plan-status]", "Đang thực hiện").await,
        "Đang thực hiện"
    );
    browser.click("#copy-next-year").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=plan-status]", "Dự thảo").await,
        "Dự thảo"
    );
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 6).await, 6);
    let facts = browser.text_of(".plan-facts").await;
    assert!(facts.contains("2023"), "{facts}");
    browser.screenshot("21-plan-next-year").await;
    browser.close().await;
}

#[actix_web::test]
async fn the_city_removes_a_task_that_has_no_history() {
    let site = Site::start().await;
    site.user("phongtuphap", Role::CityJustice, "336");

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtuphap", PASSWORD).await;
    open_plan_42(&browser).await;
    browser
        .client
        .find(Locator::XPath(
            "//*[@data-test='task-row'][contains(., 'II.5')]//a",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.click("#remove-task").await;
    browser.click("#confirm-remove-task").await;
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 5).await, 5);
    let tasks = browser.text_of("table").await;
    assert!(!tasks.contains("II.5"), "{tasks}");
    browser.close().await;
}
