//! A ward reads its city's questions fifty at a time and loads the rest.

use diesel::connection::SimpleConnection;
use fantoccini::Locator;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, tokio_sleep};

async fn rows_become(browser: &Browser, wanted: usize) -> usize {
    let mut found = 0;
    for _ in 0..100 {
        found = browser
            .client
            .find_all(Locator::Css("[data-test=question-row]"))
            .await
            .unwrap()
            .len();
        if found == wanted {
            break;
        }
        tokio_sleep(std::time::Duration::from_millis(100)).await;
    }
    found
}

#[actix_web::test]
async fn questions_come_fifty_at_a_time_and_the_rest_on_demand() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.served
        .db
        .connect()
        .batch_execute(
            "INSERT INTO questions (unit_id, title, facts, search_key, asked_by, created_at) \
             SELECT u.unit_id, 'Câu hỏi số ' || n, 'Hai hộ tranh chấp lối đi chung.', \
                    'cau hoi so ' || n, u.id, now() - make_interval(mins => n) \
             FROM users u, generate_series(1, 60) AS n WHERE u.username = 'boxuyen'",
        )
        .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-questions]").await;
    browser.wait_for("[data-test=question-row]").await;
    assert_eq!(rows_become(&browser, 50).await, 50, "the first page");
    let newest = browser.text_of("[data-test=question-row] a").await;
    assert_eq!(newest, "Câu hỏi số 1");
    browser.click("#questions-more").await;
    assert_eq!(rows_become(&browser, 60).await, 60, "with the next page");
    browser.screenshot("12-questions-paged").await;
    browser.close().await;
}
