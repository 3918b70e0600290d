//! Signing in, the dashboard with real data, the language switch, deep
//! links, user administration and signing out, as a person does them.

use fantoccini::Locator;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site};

#[actix_web::test]
async fn a_city_official_signs_in_and_sees_the_city_and_its_wards() {
    let site = Site::start().await;
    site.user("phongtuphap", Role::CityJustice, "336");
    let browser = Browser::open().await;

    // A deep link while signed out leads to the sign-in page.
    browser.client.goto(&site.url("/units")).await.unwrap();
    browser.wait_for("#username").await;
    browser.screenshot("01-login").await;

    browser.fill("#username", "phongtuphap").await;
    browser.fill("#password", PASSWORD).await;
    browser.click("#login-submit").await;
    browser.wait_for("[data-test=nav-units]").await;

    browser.client.goto(&site.url("/")).await.unwrap();
    assert_eq!(
        browser.text_of("[data-test=unit-name]").await,
        "Thành phố Thái Bình"
    );
    assert!(
        browser
            .text_of("[data-test=current-user]")
            .await
            .contains("Cán bộ phongtuphap")
    );
    browser.wait_for("[data-test=child-unit]").await;
    let wards = browser
        .client
        .find_all(Locator::Css("[data-test=child-unit]"))
        .await
        .unwrap();
    assert_eq!(wards.len(), 19);
    browser.screenshot("02-dashboard-vi").await;

    let nav_vi = browser.text_of("[data-test=nav-units]").await;
    browser.click("#lang-en").await;
    let mut nav_en = nav_vi.clone();
    for _ in 0..50 {
        nav_en = browser.text_of("[data-test=nav-units]").await;
        if nav_en != nav_vi {
            break;
        }
        crate::browser::tokio_sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_ne!(nav_vi, nav_en, "the navigation is translated");
    browser.screenshot("03-dashboard-en").await;
    assert!(
        browser
            .client
            .find(Locator::Css("[data-test=nav-users]"))
            .await
            .is_err(),
        "no user administration for the Justice Office"
    );

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.close().await;
}

#[actix_web::test]
async fn a_wrong_password_is_explained_in_vietnamese() {
    let site = Site::start().await;
    site.user("canbo", Role::WardOfficial, "12436");
    let browser = Browser::open().await;
    browser.sign_in(&site, "canbo", "không phải mật khẩu").await;
    let alert = browser.text_of("[role=alert]").await;
    assert!(alert.contains("không đúng"), "{alert}");
    browser.close().await;
}

#[actix_web::test]
async fn an_administrator_creates_an_account_that_then_signs_in() {
    let site = Site::start().await;
    site.user("quantri", Role::Admin, "34");
    let browser = Browser::open().await;
    browser.sign_in(&site, "quantri", PASSWORD).await;
    browser.click("[data-test=nav-users]").await;
    browser.wait_for("[data-test=user-row]").await;

    browser.fill("#new-username", "hoa.nt").await;
    browser.fill("#new-display-name", "Nguyễn Thị Hoa").await;
    browser.fill("#new-password", "một mật khẩu dài").await;
    let role = browser.wait_for("#new-role").await;
    role.select_by_value("ward_official").await.unwrap();
    let unit = browser.wait_for("#new-unit").await;
    let option = browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//select[@id='new-unit']/option[contains(., 'Bồ Xuyên')]",
        ))
        .await
        .unwrap();
    let value = option.attr("value").await.unwrap().unwrap();
    unit.select_by_value(&value).await.unwrap();
    browser.click("#create-user").await;
    browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//*[@data-test='user-row'][contains(., 'hoa.nt')]",
        ))
        .await
        .unwrap();
    browser.screenshot("04-users").await;

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "hoa.nt", "một mật khẩu dài").await;
    assert_eq!(
        browser.text_of("[data-test=unit-name]").await,
        "Phường Bồ Xuyên"
    );
    browser.close().await;
}
