use crate::support::{Auth, TestApp};

fn committed() -> serde_json::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    let text = std::fs::read_to_string(path).expect("openapi/openapi.json is committed");
    serde_json::from_str(&text).unwrap()
}

/// The served document is the committed one: regenerate with
/// `cargo run -p hgcs-api -- openapi > openapi/openapi.json`.
#[actix_web::test]
async fn the_served_spec_equals_the_committed_one() {
    let app = TestApp::start().await;
    let served = app.get("/api/v1/openapi.json", Auth::None).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.body["openapi"], "3.1.0");
    assert!(
        served.body == committed(),
        "openapi/openapi.json is stale: regenerate it"
    );
}

#[actix_web::test]
async fn every_route_is_documented_with_its_errors() {
    let spec = hgcs_api::openapi::spec();
    let json = serde_json::to_value(&spec).unwrap();
    let paths = json["paths"].as_object().unwrap();
    assert!(paths.len() >= 17, "{}", paths.len());
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            let responses = operation["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|k| k.starts_with('2')),
                "{method} {path} has a success answer"
            );
            if path != "/api/v1/auth/logout" {
                assert!(
                    responses
                        .keys()
                        .any(|k| k.starts_with('4') || k.starts_with('5')),
                    "{method} {path} documents errors"
                );
            }
        }
    }
}

#[actix_web::test]
async fn the_docs_page_is_served_without_a_cdn() {
    let app = TestApp::start().await;
    let page = app.server.get("/api/docs/").send().await.unwrap();
    let reply = crate::support::read(page).await;
    assert_eq!(reply.status, 200);
    let html = reply.body.as_str().unwrap_or_default().to_owned();
    assert!(html.contains("swagger"), "{html}");
    assert!(!html.contains("https://"), "no external assets");
}

/// The spec lists the words the wire carries: every value the document
/// gives for a case state is accepted as a filter, and the error codes it
/// lists are the ones problems carry.
#[actix_web::test]
async fn enum_values_in_the_spec_are_the_words_on_the_wire() {
    let app = TestApp::start().await;
    app.user("boxuyen", hgcs_domain::Role::WardOfficial, "12436");
    let token = app.login("boxuyen").await;
    let spec = committed();
    let states = spec["components"]["schemas"]["CaseState"]["enum"]
        .as_array()
        .unwrap();
    assert_eq!(states.len(), 6);
    for state in states {
        let state = state.as_str().unwrap();
        let reply = app
            .get(
                &format!("/api/v1/cases?state={state}"),
                Auth::Bearer(&token),
            )
            .await;
        assert_eq!(reply.status, 200, "state={state}: {}", reply.body);
    }
    let missing = app.get("/api/v1/cases/999999", Auth::Bearer(&token)).await;
    assert_eq!(missing.status, 404);
    let codes = spec["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap();
    assert!(codes.contains(&missing.body["code"]), "{}", missing.body);
}
