//! Periodic reports in the due list: a ward sees the reports it owes, the
//! province (which reviews the wards of Hưng Yên since 2025) their late
//! ones; a submitted report leaves both lists; another ward's never shows;
//! a ward merged away owes nothing after it ended.

use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::support::{Auth, TestApp};

/// The (unit code, period code, year, own) of every report in a due list.
fn owed(list: &Value) -> Vec<(String, String, i64, bool)> {
    ["reports_overdue", "reports_due_soon"]
        .iter()
        .flat_map(|key| list[key].as_array().unwrap().clone())
        .map(|due| {
            (
                due["unit"]["code"].as_str().unwrap().to_owned(),
                due["period"]["code"].as_str().unwrap().to_owned(),
                due["period"]["year"].as_i64().unwrap(),
                due["own"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn a_ward_sees_the_reports_it_owes_until_it_submits_them() {
    let app = TestApp::start().await;
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("tranlam", Role::WardOfficial, "12454@2025");
    app.user("hungyen", Role::Province, "33");
    app.user("detham", Role::WardOfficial, "12439");
    let ward = app.login("thaibinh").await;
    let sibling = app.login("tranlam").await;
    let city = app.login("hungyen").await;
    let former = app.login("detham").await;

    let due = app
        .get("/api/v1/tasks/due?days=30", Auth::Bearer(&ward))
        .await;
    assert_eq!(due.status, 200, "{}", due.body);
    let today = due.body["today"].as_str().unwrap().to_owned();
    let last_year: i64 = today[..4].parse::<i64>().unwrap() - 1;
    // Last year's official report is due on 10 January: overdue or due
    // within 30 days, whatever today is.
    let ward_code = due.body["reports_overdue"]
        .as_array()
        .unwrap()
        .iter()
        .chain(due.body["reports_due_soon"].as_array().unwrap())
        .find(|d| d["period"]["code"] == "year_official" && d["period"]["year"] == last_year)
        .map(|d| {
            (
                d["unit"]["code"].clone(),
                d["due_on"].clone(),
                d["status"].clone(),
            )
        })
        .expect("last year's official report is owed");
    assert_eq!(ward_code.2, Value::Null, "not started");
    let ward_due_on = ward_code.1.as_str().unwrap().to_owned();
    let thaibinh = ward_code.0.as_str().unwrap().to_owned();
    assert!(
        owed(&due.body)
            .iter()
            .all(|(unit, _, _, own)| *own && *unit == thaibinh)
    );
    for list in ["reports_overdue", "reports_due_soon"] {
        for item in due.body[list].as_array().unwrap() {
            let late = item["due_on"].as_str().unwrap() < today.as_str();
            assert_eq!(late, list == "reports_overdue", "{item}");
        }
    }
    // Trần Lãm owes its own, never Thái Bình's.
    let theirs = app.get("/api/v1/tasks/due", Auth::Bearer(&sibling)).await;
    assert!(
        owed(&theirs.body)
            .iter()
            .all(|(unit, ..)| *unit != thaibinh)
    );

    // Đề Thám ended on 30 June 2025: it owes nothing of a later period.
    let ended = app.get("/api/v1/tasks/due", Auth::Bearer(&former)).await;
    assert!(
        owed(&ended.body)
            .iter()
            .all(|(_, period, year, _)| *year < 2025 || (*year == 2025 && period == "half_year")),
        "{}",
        ended.body
    );

    // The province prepares no ward's report and follows their late ones.
    let followed = app.get("/api/v1/tasks/due", Auth::Bearer(&city)).await;
    let city_owed = owed(&followed.body);
    assert!(city_owed.iter().all(|(.., own)| !own), "{city_owed:?}");
    let thaibinh_late = (
        thaibinh.clone(),
        "year_official".to_owned(),
        last_year,
        false,
    );
    assert_eq!(
        city_owed.contains(&thaibinh_late),
        ward_due_on.as_str() < today.as_str(),
        "{city_owed:?}"
    );

    // Started, the report shows as a draft; submitted, it leaves both lists.
    let report = app
        .post(
            "/api/v1/reports",
            Auth::Bearer(&ward),
            json!({"year": last_year, "period": "year_official"}),
        )
        .await;
    assert_eq!(report.status, 201, "{}", report.body);
    let draft = app.get("/api/v1/tasks/due", Auth::Bearer(&ward)).await;
    let listed = draft.body["reports_overdue"]
        .as_array()
        .unwrap()
        .iter()
        .chain(draft.body["reports_due_soon"].as_array().unwrap())
        .find(|d| d["period"]["code"] == "year_official" && d["period"]["year"] == last_year)
        .cloned()
        .unwrap();
    assert_eq!(listed["status"], "draft");
    assert_eq!(listed["report_id"], report.body["id"]);
    let submitted = app
        .post(
            &format!("/api/v1/reports/{}/submit", report.body["id"]),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let after = app.get("/api/v1/tasks/due", Auth::Bearer(&ward)).await;
    let gone = (
        thaibinh.clone(),
        "year_official".to_owned(),
        last_year,
        true,
    );
    assert!(!owed(&after.body).contains(&gone));
    let city_after = app.get("/api/v1/tasks/due", Auth::Bearer(&city)).await;
    assert!(!owed(&city_after.body).contains(&thaibinh_late));
    // Narrowed to an organisation's tasks, no reports.
    let led = app
        .get(
            &format!(
                "/api/v1/tasks/due?organisation_id={}",
                app.organisation("PTP-TPTB")
            ),
            Auth::Bearer(&sibling),
        )
        .await;
    assert_eq!(led.status, 200, "{}", led.body);
    assert!(owed(&led.body).is_empty());
}
