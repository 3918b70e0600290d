//! A ward official gives the address the daily digest is e-mailed to,
//! from the dashboard: a malformed one is refused next to the field, a
//! good one is stored for their account only and shown when the
//! dashboard is opened again.

use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct Address {
    #[diesel(sql_type = Nullable<Text>)]
    email: Option<String>,
}

fn email_of(site: &Site, username: &str) -> Option<String> {
    diesel::sql_query("SELECT email FROM users WHERE username = $1")
        .bind::<Text, _>(username)
        .get_result::<Address>(&mut site.served.db.connect())
        .unwrap()
        .email
}

#[actix_web::test]
async fn a_user_gives_the_address_for_the_digest_on_the_dashboard() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("detham", Role::WardOfficial, "12439");
    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.visit(&site, "/").await;
    type_into(&browser, "#digest-email", "tuphap-boxuyen").await;
    press(&browser, "#save-email").await;
    let refused = "Địa chỉ e-mail không hợp lệ (ví dụ: ten@donvi.gov.vn)";
    assert_eq!(
        text_becomes(&browser, "#digest-email-error", refused).await,
        refused
    );
    assert_eq!(email_of(&site, "boxuyen"), None);
    type_into(&browser, "#digest-email", "tuphap@boxuyen.gov.vn").await;
    press(&browser, "#save-email").await;
    browser.wait_for("[data-test=email-saved]").await;
    assert_eq!(
        email_of(&site, "boxuyen").as_deref(),
        Some("tuphap@boxuyen.gov.vn")
    );
    assert_eq!(email_of(&site, "detham"), None);
    // Away to the plans and back, without reloading: the form shows the
    // address just saved, not the one the session started with.
    browser.click("[data-test=nav-plans]").await;
    browser.wait_for("#plan-list").await;
    browser.click("[data-test=nav-dashboard]").await;
    let shown = browser.wait_for("#digest-email").await;
    assert_eq!(
        shown.prop("value").await.unwrap().as_deref(),
        Some("tuphap@boxuyen.gov.vn")
    );
    browser.close().await;
}
