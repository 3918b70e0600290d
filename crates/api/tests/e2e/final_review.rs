//! A ward writes the final review of its 2024 plan in the browser: the
//! registers' figures and the task are there, the result and the
//! assessment are saved and read back, the Word report is offered;
//! another ward's official cannot open it.

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct Made {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

#[actix_web::test]
async fn a_ward_writes_its_final_review_and_another_ward_cannot_open_it() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("detham", Role::WardOfficial, "12439");
    let plan: Made = diesel::sql_query(crate::budget::PLAN)
        .get_result(&mut site.served.db.connect())
        .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.visit(&site, &format!("/plans/{}", plan.id)).await;
    press(&browser, "[data-test=open-review]").await;
    browser.wait_for("[data-test=review-title]").await;
    assert!(browser.count("[data-test=review-figures] tr").await > 5);
    let task = browser.text_of("[data-test=review-task]").await;
    assert!(task.contains("II.1"), "{task}");
    type_into(
        &browser,
        "[data-test=task-result]",
        "Đã cấp sổ theo dõi cho 5 tổ.",
    )
    .await;
    type_into(
        &browser,
        "#review-summary",
        "Hoàn thành các nhiệm vụ của năm.",
    )
    .await;
    type_into(&browser, "#review-lessons", "Phối hợp sớm với Mặt trận.").await;
    press(&browser, "#save-review").await;
    let saved = "Đã lưu bản tổng kết.";
    assert_eq!(
        text_becomes(&browser, ".banner-ok .banner-title", saved).await,
        saved
    );
    browser
        .visit(&site, &format!("/plans/{}/review", plan.id))
        .await;
    browser.wait_for("[data-test=review-title]").await;
    let kept = browser
        .wait_for("#review-summary")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(kept, "Hoàn thành các nhiệm vụ của năm.");
    let href = browser
        .wait_for("[data-test=review-docx]")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(href.ends_with("/final-review/docx"), "{href}");
    browser.screenshot("31-final-review").await;

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "detham", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser
        .visit(&site, &format!("/plans/{}/review", plan.id))
        .await;
    browser.wait_for(".banner-error").await;
    assert_eq!(browser.count("[data-test=review-title]").await, 0);
    browser.close().await;
}
