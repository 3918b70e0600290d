//! The city's Fatherland Front records a finding on a ward's team in the
//! browser; the ward's official reads it and answers; the official of
//! another ward sees neither the list entry nor the record.

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct Made {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

#[actix_web::test]
async fn the_front_records_a_finding_and_the_ward_answers() {
    let site = Site::start().await;
    site.user("mattran", Role::FrontPartner, "336");
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("detham", Role::WardOfficial, "12439");
    let mut conn = site.served.db.connect();
    diesel::sql_query(
        "UPDATE users SET organisation_id = (SELECT id FROM organisations WHERE code = 'MTTQ-TPTB') \
         WHERE username = 'mattran'",
    )
    .execute(&mut conn)
    .unwrap();
    let team: Made = diesel::sql_query(
        "INSERT INTO mediation_teams (unit_id, name) \
         SELECT id, 'Tổ hòa giải tổ dân phố số 3' FROM units WHERE seed_key = '12436' RETURNING id",
    )
    .get_result(&mut conn)
    .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "mattran", PASSWORD).await;
    browser.wait_for("[data-test=nav-supervisions]").await;
    browser.visit(&site, &format!("/teams/{}", team.id)).await;
    type_into(
        &browser,
        "#supervision-findings",
        "Sổ theo dõi hoạt động hòa giải ghi chưa đầy đủ.",
    )
    .await;
    type_into(
        &browser,
        "#supervision-recommendations",
        "Ghi đủ sổ theo mẫu; sinh hoạt tổ mỗi quý.",
    )
    .await;
    press(&browser, "#record-supervision").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=supervision-status]", "Chờ trả lời").await,
        "Chờ trả lời"
    );
    assert_eq!(
        browser.text_of("[data-test=supervision-findings]").await,
        "Sổ theo dõi hoạt động hòa giải ghi chưa đầy đủ."
    );
    let record_url = browser.client.current_url().await.unwrap().to_string();
    assert!(record_url.contains("/supervisions/"), "{record_url}");

    // The ward finds it in its list and answers.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-supervisions]").await;
    browser.click("[data-test=supervision-row] a").await;
    type_into(
        &browser,
        "#answer-body",
        "Đã bổ sung sổ theo dõi; tổ sinh hoạt ngày 05/12/2026.",
    )
    .await;
    press(&browser, "#post-answer").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=supervision-status]", "Đã trả lời").await,
        "Đã trả lời"
    );
    assert_eq!(count_becomes(&browser, "[data-test=answer]", 1).await, 1);
    browser.screenshot("25-supervision-answered").await;

    // Another ward: an empty list, and the record is not found.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "detham", PASSWORD).await;
    browser.click("[data-test=nav-supervisions]").await;
    browser.wait_for("#supervision-list").await;
    browser.wait_for(".empty").await;
    assert_eq!(browser.count("[data-test=supervision-row]").await, 0);
    browser.client.goto(&record_url).await.unwrap();
    browser.wait_for(".banner-error").await;
    assert_eq!(browser.count("[data-test=supervision-findings]").await, 0);
    browser.close().await;
}

#[actix_web::test]
async fn a_legal_partner_records_what_it_supplied_and_the_city_sees_it() {
    let site = Site::start().await;
    site.user("luatgia", Role::LegalPartner, "336");
    site.user("phongtp", Role::CityJustice, "336");

    let browser = Browser::open().await;
    browser.sign_in(&site, "luatgia", PASSWORD).await;
    browser.click("[data-test=nav-support]").await;
    browser
        .wait_for("#support-unit option[value]:not([value=''])")
        .await;
    let kind = browser.wait_for("#support-kind").await;
    kind.select_by_label("Cung cấp tài liệu").await.unwrap();
    let unit = browser.wait_for("#support-unit").await;
    unit.select_by_label("Phường Bồ Xuyên").await.unwrap();
    type_into(&browser, "#support-on", "01/10/2026").await;
    type_into(&browser, "#support-quantity", "40").await;
    type_into(
        &browser,
        "#support-description",
        "Sổ tay pháp luật về hôn nhân và gia đình",
    )
    .await;
    press(&browser, "#record-support").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=support-row]", 1).await,
        1
    );

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    browser.click("[data-test=nav-support]").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=support-row]", 1).await,
        1
    );
    let row = browser.text_of("[data-test=support-row]").await;
    assert!(
        row.contains("Phường Bồ Xuyên") && row.contains("40"),
        "{row}"
    );
    browser.screenshot("26-partner-support").await;
    browser.close().await;
}
