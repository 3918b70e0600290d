//! The administrator creates a machine client for the province's system
//! in the browser, sees its secret once, and sees it has not called yet.

use fantoccini::Locator;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site};

#[actix_web::test]
async fn an_administrator_creates_a_client_and_sees_its_secret_once() {
    let site = Site::start().await;
    site.user("quantri", Role::Admin, "34");
    let browser = Browser::open().await;
    browser.sign_in(&site, "quantri", PASSWORD).await;
    browser.click("[data-test=nav-clients]").await;
    browser
        .fill("#client-name", "Hệ thống Sở Tư pháp Thái Bình")
        .await;
    let unit = browser.wait_for("#client-unit").await;
    let option = browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//select[@id='client-unit']/option[contains(., 'Tỉnh Thái Bình')]",
        ))
        .await
        .unwrap();
    let value = option.attr("value").await.unwrap().unwrap();
    unit.select_by_value(&value).await.unwrap();
    browser.click("#create-client-submit").await;
    let secret = browser.text_of("[data-test=secret]").await;
    assert!(secret.len() >= 32, "a long secret: {secret}");
    let row = browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//*[@data-test='client-row'][contains(., 'Sở Tư pháp Thái Bình')]",
        ))
        .await
        .unwrap();
    let last = row
        .find(Locator::Css("[data-test=last-called]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(last, "Chưa gọi lần nào");
    browser.screenshot("15-api-clients").await;
    browser.close().await;
}
