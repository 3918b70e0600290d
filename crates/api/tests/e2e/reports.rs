//! A ward prepares its 6-month report in the browser, writes an estimate
//! and submits it; the city's Justice Office opens it from its overview
//! and accepts it.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, choose_period, press, text_becomes, type_into};

const OVERVIEW: &str = "[data-test=overview][data-period=half_year]";

const RECEIVED: &str = "[data-test=report-line][data-code='II.1']";

#[actix_web::test]
async fn a_ward_submits_its_report_and_the_city_accepts_it() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("phongtp", Role::CityJustice, "336");
    site.served
        .db
        .connect()
        .batch_execute(
            "INSERT INTO mediation_teams (unit_id, name) \
                 SELECT id, 'Tổ hòa giải số 1' FROM units WHERE seed_key = '12436'; \
             INSERT INTO cases (unit_id, team_id, entry_year, entry_no, received_on, start_kind, \
                                kind, summary, created_by) \
                 SELECT t.unit_id, t.id, 2025, n, DATE '2025-01-05' + n * 10, 'party_request', \
                        'land_use', 'Vụ ' || n, u.id \
                 FROM mediation_teams t, users u, generate_series(1, 3) AS n \
                 WHERE u.username = 'boxuyen'",
        )
        .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-reports]").await;
    choose_period(&browser, "report", "2025", "half_year").await;
    // The overview of the chosen period, not of the one shown first.
    browser.wait_for(OVERVIEW).await;
    press(&browser, &format!("{OVERVIEW} #start-report")).await;
    let actual = text_becomes(&browser, &format!("{RECEIVED} [data-test=actual]"), "3").await;
    assert_eq!(actual, "3", "three cases received by 31/05");
    // The teams figure opens the ward's teams.
    press(
        &browser,
        "[data-test=report-line][data-code='I.2'] [data-test=drill]",
    )
    .await;
    browser.wait_for("[data-test=team-row]").await;
    browser.back().await;
    type_into(&browser, "#estimate-II-1", "2").await;
    type_into(&browser, "#report-number", "05/BC-UBND").await;
    browser.click("#save-report").await;
    let total = text_becomes(&browser, &format!("{RECEIVED} [data-test=total]"), "5").await;
    assert_eq!(total, "5", "actual and estimate");
    browser.click("#submit-report").await;
    let status = text_becomes(&browser, "[data-test=report-status]", "Đã gửi, chờ duyệt").await;
    assert_eq!(status, "Đã gửi, chờ duyệt");
    browser.screenshot("13-report-submitted").await;

    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    browser.click("[data-test=nav-reports]").await;
    choose_period(&browser, "report", "2025", "half_year").await;
    // The overview of the chosen period, not of the one shown first.
    browser.wait_for(OVERVIEW).await;
    press(&browser, "[data-test=reporting-row] a").await;
    press(&browser, "#accept-report").await;
    let status = text_becomes(&browser, "[data-test=report-status]", "Đã chấp nhận").await;
    assert_eq!(status, "Đã chấp nhận");
    assert_eq!(
        browser
            .text_of(&format!("{RECEIVED} [data-test=total]"))
            .await,
        "5"
    );
    browser.screenshot("14-report-accepted").await;
    browser.close().await;
}
