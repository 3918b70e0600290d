//! The audit log read within one's scope: a ward official reads the
//! ward's entries, the Justice Office its city's, the administrator all;
//! another ward, a city above, a partner and another province are refused
//! or see nothing of it.

use hgcs_domain::Role;
use serde_json::Value;

use crate::fixtures::ask_question;
use crate::support::{Auth, TestApp};

/// The ids of the questions whose creation `token`'s user reads in the
/// log at `path`.
async fn questions_logged(app: &TestApp, token: &str, path: &str) -> Vec<String> {
    let page = app.get(path, Auth::Bearer(token)).await;
    assert_eq!(page.status, 200, "{path}: {}", page.body);
    let mut ids: Vec<String> = page.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["entity"] == "question" && entry["action"] == "create")
        .map(|entry: &Value| entry["entity_id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[actix_web::test]
async fn each_reads_the_log_of_its_own_ward_or_city() {
    let app = TestApp::start().await;
    app.user("root", Role::Admin, "34");
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("locha", Role::WardOfficial, "12439");
    app.user("mattran", Role::FrontPartner, "336");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let admin = app.login("root").await;
    let city = app.login("phongtp").await;
    let ward_a = app.login("boxuyen").await;
    let ward_b = app.login("locha").await;
    let front = app.login("mattran").await;
    let stranger = app.login("vixuyen").await;
    let asked_a = ask_question(&app, &ward_a).await.to_string();
    let asked_b = ask_question(&app, &ward_b).await.to_string();
    let both = {
        let mut ids = vec![asked_a.clone(), asked_b.clone()];
        ids.sort();
        ids
    };
    let (unit_a, unit_b) = (app.unit("12436").0, app.unit("12439").0);

    let log = "/api/v1/audit?entity=question";
    assert_eq!(
        questions_logged(&app, &ward_a, log).await,
        vec![asked_a.clone()]
    );
    assert_eq!(
        questions_logged(&app, &ward_b, log).await,
        vec![asked_b.clone()]
    );
    assert_eq!(questions_logged(&app, &city, log).await, both);
    assert_eq!(questions_logged(&app, &admin, log).await, both);
    assert!(questions_logged(&app, &stranger, log).await.is_empty());
    let narrowed = format!("{log}&unit_id={unit_b}");
    assert_eq!(
        questions_logged(&app, &city, &narrowed).await,
        vec![asked_b]
    );
    assert_eq!(questions_logged(&app, &admin, &narrowed).await.len(), 1);

    // Another ward, the city above and a partner are refused.
    for path in [
        format!("/api/v1/audit?unit_id={unit_b}"),
        format!("/api/v1/audit?unit_id={}", app.unit("336").0),
    ] {
        app.get(&path, Auth::Bearer(&ward_a))
            .await
            .assert_problem(403, "forbidden");
    }
    app.get(
        &format!("/api/v1/audit?unit_id={unit_a}"),
        Auth::Bearer(&stranger),
    )
    .await
    .assert_problem(403, "forbidden");
    app.get("/api/v1/audit", Auth::Bearer(&front))
        .await
        .assert_problem(403, "forbidden");
    // A ward reads its own sign-ins, not another ward's.
    let signed_in = app
        .get("/api/v1/audit?action=sign_in", Auth::Bearer(&ward_a))
        .await;
    let names: Vec<&str> = signed_in.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["actor_name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"boxuyen") && !names.contains(&"locha"),
        "{names:?}"
    );
}
