//! A ward official records a case from intake to a successful result.

use diesel::prelude::*;
use fantoccini::Locator;
use hgcs_db::models::mediator::{self, NewMediatorRow};
use hgcs_db::models::team;
use hgcs_db::schema::units;
use hgcs_domain::{Role, UnitId};

use crate::browser::{Browser, PASSWORD, Site, tokio_sleep};

/// A village of Bồ Xuyên with a team of three; returns the first mediator's id.
fn team_in_village(site: &Site) -> i64 {
    let mut conn = site.served.db.connect();
    let ward: i64 = units::table
        .filter(units::seed_key.eq("12436"))
        .select(units::id)
        .first(&mut conn)
        .unwrap();
    let village: i64 = diesel::insert_into(units::table)
        .values((
            units::code.eq("12436-TDP3"),
            units::name.eq("Tổ dân phố số 3"),
            units::short_name.eq("Tổ dân phố số 3"),
            units::search_key.eq("to dan pho so 3"),
            units::level.eq("village"),
            units::parent_id.eq(ward),
        ))
        .returning(units::id)
        .get_result(&mut conn)
        .unwrap();
    let team = team::insert(&mut conn, UnitId(village), "Tổ hòa giải số 3", None).unwrap();
    let mut first = 0;
    for (name, sex) in [
        ("Nguyễn Văn An", "male"),
        ("Trần Thị Bình", "female"),
        ("Lê Văn Cường", "male"),
    ] {
        let saved = mediator::insert(
            &mut conn,
            &NewMediatorRow {
                team_id: Some(team.id),
                full_name: name.into(),
                search_key: hgcs_domain::text::search_key(name),
                sex: sex.into(),
                birth_year: 1965,
                ethnicity: "Kinh".into(),
                education: "other_degree".into(),
                occupation: String::new(),
                phone: String::new(),
                is_leader: false,
            },
        )
        .unwrap();
        if first == 0 {
            first = saved.id;
        }
    }
    first
}

async fn select(browser: &Browser, css: &str, value: &str) {
    browser
        .wait_for(css)
        .await
        .select_by_value(value)
        .await
        .unwrap();
}

async fn step(browser: &Browser, action: &str, fill: impl AsyncFnOnce(&Browser)) {
    browser.click(&format!("#action-{action}")).await;
    browser.wait_for("#submit-step").await;
    fill(browser).await;
    browser.click("#submit-step").await;
}

#[actix_web::test]
async fn a_case_is_recorded_from_intake_to_success() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    let mediator = team_in_village(&site);
    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-cases]").await;
    browser.click("#new-case").await;

    let team_option = browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//select[@id='case-team']/option[contains(., 'Tổ hòa giải số 3')]",
        ))
        .await
        .unwrap();
    let team_value = team_option.attr("value").await.unwrap().unwrap();
    select(&browser, "#case-team", &team_value).await;
    select(&browser, "#case-start", "party_request").await;
    select(&browser, "#case-kind", "labour").await;
    browser
        .fill(
            "#case-summary",
            "Tranh chấp lối đi chung giữa hai hộ liền kề",
        )
        .await;
    browser.fill("#party-0-name", "Phạm Văn Đức").await;
    browser.click("#create-case").await;
    let refused = browser.text_of("[data-test=out-of-scope]").await;
    assert!(refused.contains("lao động"), "{refused}");

    select(&browser, "#case-kind", "shared_path").await;
    browser.click("#create-case").await;
    let state = browser.wait_for("[data-test=case-state]").await;
    assert_eq!(state.text().await.unwrap(), "Đã tiếp nhận");
    browser.screenshot("08-case-received").await;

    step(&browser, "assign", async |b: &Browser| {
        b.click(&format!("#assign-{mediator}")).await;
    })
    .await;
    wait_state(&browser, "Đã phân công").await;
    step(&browser, "start", async |_: &Browser| {}).await;
    wait_state(&browser, "Đang hòa giải").await;
    step(&browser, "succeed", async |b: &Browser| {
        b.fill("#step-outcome", "Hai hộ thống nhất mở lối đi rộng 1,5 m")
            .await;
    })
    .await;
    wait_state(&browser, "Hòa giải thành").await;
    let events = browser
        .client
        .find_all(Locator::Css("[data-test=case-event]"))
        .await
        .unwrap();
    assert!(
        events.len() >= 3,
        "assign, start and succeed are in the history"
    );
    browser.screenshot("09-case-successful").await;
    browser.close().await;
}

async fn wait_state(browser: &Browser, label: &str) {
    let mut seen = String::new();
    for _ in 0..100 {
        if let Ok(element) = browser
            .client
            .find(Locator::Css("[data-test=case-state]"))
            .await
        {
            seen = element.text().await.unwrap_or_default();
            if seen == label {
                return;
            }
        }
        tokio_sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the case did not reach «{label}»; it shows «{seen}»");
}
