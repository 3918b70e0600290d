//! The committed OpenAPI document (`openapi/openapi.json`) is the contract.
//! Every answer a test gets through `TestApp` from a documented operation is
//! checked against it: the status is documented (or `default`), headers the
//! document marks required are there, the content type is one documented
//! for that status, and a JSON body is valid against its schema (draft
//! 2020-12, formats checked). Requests to unknown routes or with methods the
//! document does not list are not checked, nor answers read by hand with
//! `support::read`. `HGCS_CONTRACT_STRICT=1` also refuses fields a schema
//! does not name. The sweep calls every operation of the document.

mod sweep;

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use actix_web::http::Method;
use actix_web::http::header::HeaderMap;
use serde_json::{Map, Value};

/// One operation of the document: its method and path template.
struct Operation {
    method: String,
    template: String,
    segments: Vec<String>,
}

impl Operation {
    /// Whether `path` (already split on `/`) fits the template; the count
    /// of literal segments, to prefer `/cases/counts` over `/cases/{id}`.
    fn fits(&self, path: &[&str]) -> Option<usize> {
        if self.segments.len() != path.len() {
            return None;
        }
        let mut literal = 0;
        for (template, actual) in self.segments.iter().zip(path) {
            if template.starts_with('{') && template.ends_with('}') {
                if actual.is_empty() {
                    return None;
                }
            } else if template == actual {
                literal += 1;
            } else {
                return None;
            }
        }
        Some(literal)
    }

    fn key(&self) -> OperationKey {
        (self.method.clone(), self.template.clone())
    }
}

struct Spec {
    document: Value,
    operations: Vec<Operation>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

static SPEC: LazyLock<Spec> = LazyLock::new(|| {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    let text = std::fs::read_to_string(path).expect("openapi/openapi.json is committed");
    let document: Value = serde_json::from_str(&text).expect("openapi/openapi.json is JSON");
    let mut operations = Vec::new();
    for (template, item) in document["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("a path item").keys() {
            if METHODS.contains(&method.as_str()) {
                operations.push(Operation {
                    method: method.clone(),
                    template: template.clone(),
                    segments: template.split('/').map(str::to_owned).collect(),
                });
            }
        }
    }
    Spec {
        document,
        operations,
    }
});

type ValidatorKey = (String, String, String, String);

/// An operation as `(method, path template)`, the method in lower case.
pub type OperationKey = (String, String);

/// Compiled schemas per (method, template, status key, media type).
static VALIDATORS: LazyLock<Mutex<HashMap<ValidatorKey, Arc<jsonschema::Validator>>>> =
    LazyLock::new(Mutex::default);

/// The operations each test server answered with a 2xx, by server address.
static ANSWERED: LazyLock<Mutex<HashMap<SocketAddr, BTreeSet<OperationKey>>>> =
    LazyLock::new(Mutex::default);

/// Every operation of the document as `(method, template)`.
pub fn operations() -> BTreeSet<OperationKey> {
    SPEC.operations.iter().map(Operation::key).collect()
}

/// The operations the server at `server` answered with a success.
pub fn answered(server: SocketAddr) -> BTreeSet<OperationKey> {
    ANSWERED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&server)
        .cloned()
        .unwrap_or_default()
}

/// The documented operation a request goes to, if any: requests to unknown
/// routes or with undocumented methods have none and are not checked. The
/// path is placed first, whatever the method (`/tasks/due` is the due
/// list, not the task `due`, even for a method only tasks have).
fn operation(method: &Method, path: &str) -> Option<&'static Operation> {
    let method = method.as_str().to_ascii_lowercase();
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').collect();
    let (_, template) = SPEC
        .operations
        .iter()
        .filter_map(|op| op.fits(&segments).map(|literal| (literal, &op.template)))
        .max_by_key(|(literal, _)| *literal)?;
    SPEC.operations
        .iter()
        .find(|op| op.method == method && &op.template == template)
}

/// The media type without parameters, lower case.
fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a documented media type (or range) covers the actual one.
fn covers(documented: &str, actual: &str) -> bool {
    let documented = essence(documented);
    if documented == "*/*" || documented == actual {
        return true;
    }
    documented
        .strip_suffix("/*")
        .is_some_and(|kind| actual.split('/').next() == Some(kind))
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}

/// A validator whose root is the response schema beside the document's
/// components, so that `#/components/schemas/...` references resolve.
fn validator(key: ValidatorKey, schema: &Value) -> Arc<jsonschema::Validator> {
    let mut cache = VALIDATORS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = cache.get(&key) {
        return Arc::clone(found);
    }
    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        Value::String("https://json-schema.org/draft/2020-12/schema".into()),
    );
    let mut components = SPEC.document["components"].clone();
    if std::env::var_os("HGCS_CONTRACT_STRICT").is_some() {
        close_objects(&mut components);
    }
    root.insert("components".into(), components);
    match schema {
        Value::Object(fields) => root.extend(fields.clone()),
        Value::Bool(false) => {
            root.insert("not".into(), Value::Object(Map::new()));
        }
        _ => {}
    }
    let built = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&Value::Object(root));
    let compiled = match built {
        Ok(compiled) => Arc::new(compiled),
        Err(error) => {
            drop(cache);
            panic!("the schema of {key:?} in openapi/openapi.json does not compile: {error}");
        }
    };
    cache.insert(key, Arc::clone(&compiled));
    compiled
}

/// With `HGCS_CONTRACT_STRICT` set, answers may carry no field their
/// schema does not name: each object schema that does not say otherwise
/// gets `unevaluatedProperties: false`, except the parts of an `allOf`,
/// which are closed where they are combined.
fn close_objects(components: &mut Value) {
    fn parts_of_all_of(schema: &Value, found: &mut BTreeSet<String>) {
        match schema {
            Value::Object(fields) => {
                for part in fields
                    .get("allOf")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(name) = part["$ref"]
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    {
                        found.insert(name.to_owned());
                    }
                }
                fields.values().for_each(|v| parts_of_all_of(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| parts_of_all_of(v, found)),
            _ => {}
        }
    }
    let mut parts = BTreeSet::new();
    parts_of_all_of(components, &mut parts);
    fn close(schema: &mut Value, open: bool) {
        match schema {
            Value::Object(fields) => {
                let is_object = fields.contains_key("properties") || fields.contains_key("allOf");
                if is_object && !open && !fields.contains_key("additionalProperties") {
                    fields.insert("unevaluatedProperties".into(), Value::Bool(false));
                }
                for (key, value) in fields.iter_mut() {
                    close(value, key == "allOf");
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| close(item, open)),
            _ => {}
        }
    }
    if let Some(schemas) = components["schemas"].as_object_mut() {
        for (name, schema) in schemas.iter_mut() {
            close(schema, parts.contains(name));
        }
    }
}

/// An answer being checked, to describe it when it does not conform.
struct Answer<'a> {
    op: &'a Operation,
    id: &'a str,
    method: &'a Method,
    path: &'a str,
    status: u16,
    content_type: &'a str,
    body: &'a [u8],
}

impl Answer<'_> {
    fn fail(&self, what: &str, errors: &[String]) -> ! {
        let Answer {
            op,
            id,
            method,
            path,
            status,
            content_type,
            body,
        } = self;
        let mut message = format!(
            "the answer does not match openapi/openapi.json: {what}\n  operation: {} {} ({id})\n  request:   {method} {path}\n  status:    {status}\n  content-type: {content_type:?}\n",
            op.method.to_ascii_uppercase(),
            op.template,
        );
        for error in errors {
            let _ = writeln!(message, "  - {error}");
        }
        let _ = write!(message, "  body: {}", shown(body));
        panic!("{message}");
    }
}

fn shown(bytes: &[u8]) -> String {
    const MAX: usize = 3000;
    let text = String::from_utf8_lossy(bytes);
    if text.chars().count() > MAX {
        format!(
            "{}… ({} bytes)",
            text.chars().take(MAX).collect::<String>(),
            bytes.len()
        )
    } else {
        text.into_owned()
    }
}

/// Checks one answer against the committed document and panics, naming the
/// operation, the status, the body and each schema error, when it does not
/// conform. Requests that match no documented operation are not checked.
pub fn check(
    server: SocketAddr,
    method: &Method,
    path: &str,
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) {
    let Some(op) = operation(method, path) else {
        return;
    };
    let operation = &SPEC.document["paths"][&op.template][&op.method];
    let id = operation["operationId"].as_str().unwrap_or("?");
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let answer = Answer {
        op,
        id,
        method,
        path,
        status,
        content_type,
        body,
    };
    let responses = &operation["responses"];
    let status_key = status.to_string();
    let range_key = format!("{}XX", status / 100);
    let (key, response) = [status_key.as_str(), range_key.as_str(), "default"]
        .into_iter()
        .find_map(|key| responses.get(key).map(|r| (key, r)))
        .unwrap_or_else(|| {
            let documented: Vec<&String> = responses
                .as_object()
                .map(|r| r.keys().collect())
                .unwrap_or_default();
            answer.fail(
                &format!("status {status} is not documented (documented: {documented:?})"),
                &[],
            )
        });
    let missing: Vec<&String> = response["headers"]
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(name, header)| header["required"] == true && !headers.contains_key(name.as_str()))
        .map(|(name, _)| name)
        .collect();
    if !missing.is_empty() {
        answer.fail(
            &format!("response {key} lacks the required headers {missing:?}"),
            &[],
        );
    }
    let content = response["content"].as_object().filter(|c| !c.is_empty());
    let Some(content) = content else {
        if !body.is_empty() {
            answer.fail(
                &format!("response {key} documents no body, but one came"),
                &[],
            );
        }
        record(server, op, status);
        return;
    };
    let actual = essence(content_type);
    let Some((media, entry)) = content.iter().find(|(media, _)| covers(media, &actual)) else {
        let documented: Vec<&String> = content.keys().collect();
        answer.fail(
            &format!(
                "content type {actual:?} is not documented for {key} (documented: {documented:?})"
            ),
            &[],
        )
    };
    if is_json(&actual) {
        let instance: Value = serde_json::from_slice(body)
            .unwrap_or_else(|error| answer.fail(&format!("the body is not JSON: {error}"), &[]));
        if let Some(schema) = entry.get("schema") {
            let compiled = validator(
                (
                    op.method.clone(),
                    op.template.clone(),
                    key.to_owned(),
                    media.clone(),
                ),
                schema,
            );
            let errors: Vec<String> = compiled
                .iter_errors(&instance)
                .map(|error| {
                    format!(
                        "at {:?} (schema {}): {error}",
                        error.instance_path().as_str(),
                        error.schema_path().as_str()
                    )
                })
                .collect();
            if !errors.is_empty() {
                answer.fail(
                    &format!("the body does not match the schema of {key} {media}"),
                    &errors,
                );
            }
        }
    }
    record(server, op, status);
}

fn record(server: SocketAddr, op: &Operation, status: u16) {
    if (200..300).contains(&status) {
        ANSWERED
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(server)
            .or_default()
            .insert(op.key());
    }
}

#[test]
fn paths_find_their_operation() {
    let found = |method: Method, path: &str| operation(&method, path).map(Operation::key);
    let key = |method: &str, template: &str| Some((method.to_owned(), template.to_owned()));
    assert_eq!(
        found(Method::GET, "/api/v1/cases/counts"),
        key("get", "/api/v1/cases/counts")
    );
    assert_eq!(
        found(Method::GET, "/api/v1/cases/12?x=1"),
        key("get", "/api/v1/cases/{id}")
    );
    assert_eq!(
        found(Method::GET, "/api/v1/cases/12/record.docx"),
        key("get", "/api/v1/cases/{id}/record.docx")
    );
    assert_eq!(found(Method::DELETE, "/api/v1/units/5"), None);
    assert_eq!(found(Method::GET, "/api/v1/no-such-thing"), None);
    assert!(covers("application/*", "application/pdf"));
    assert!(!covers("application/json", "application/problem+json"));
    assert_eq!(
        essence("Application/JSON; charset=utf-8"),
        "application/json"
    );
}

#[test]
fn answers_that_break_the_document_are_refused() {
    let server: SocketAddr = "127.0.0.1:9".parse().unwrap();
    let json_type = |media: &'static str| {
        let mut headers = HeaderMap::new();
        headers.insert(
            actix_web::http::header::CONTENT_TYPE,
            actix_web::http::header::HeaderValue::from_static(media),
        );
        headers
    };
    let refused = |status: u16, headers: &HeaderMap, body: &[u8]| {
        std::panic::catch_unwind(|| {
            check(
                server,
                &Method::GET,
                "/api/v1/health",
                status,
                headers,
                body,
            );
        })
        .is_err()
    };
    let json = json_type("application/json");
    let good = br#"{"status": "ok", "database": true, "version": "1"}"#;
    assert!(!refused(200, &json, good));
    assert!(refused(
        200,
        &json,
        br#"{"status": "ok", "database": "yes", "version": "1"}"#
    ));
    assert!(refused(200, &json, br#"{"status": "ok"}"#));
    assert!(refused(200, &json_type("text/plain"), good));
    assert!(refused(418, &json, good));
    assert!(refused(200, &json, b"not json"));
    let extra = br#"{"status": "ok", "database": true, "version": "1", "extra": 1}"#;
    assert_eq!(
        refused(200, &json, extra),
        std::env::var_os("HGCS_CONTRACT_STRICT").is_some(),
        "an undocumented field is refused in strict mode only"
    );
    assert!(answered(server).contains(&("get".to_owned(), "/api/v1/health".to_owned())));
}
