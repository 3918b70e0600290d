//! The edge: every query string, form and JSON body is checked against
//! `hgcs_domain::validation::edge` before a handler runs, so a NUL
//! character or a day in 4714 BC is refused with 422 naming the field
//! instead of failing in PostgreSQL. Bodies over the limit are left to the
//! extractors, which answer 413.

use actix_web::HttpMessage;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes, BytesMut};
use futures_util::StreamExt;
use hgcs_domain::validation::{Rule, Violation, edge};
use serde_json::Value;

use crate::app::BODY_LIMIT;
use crate::error::ApiError;
use crate::problem::RouteTable;

pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // A request no documented operation takes is left to the router, which
    // answers 404 or 405 whatever its query says.
    let documented = req
        .app_data::<web::Data<RouteTable>>()
        .and_then(|routes| routes.allowed(req.path()))
        .is_some_and(|methods| methods.iter().any(|m| m == req.method().as_str()));
    if !documented {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let mut found = pairs(req.query_string().as_bytes());
    let kind = body_kind(&req);
    if kind != Body::Other {
        match read(req.take_payload()).await {
            Ok(body) => {
                let body = match kind {
                    Body::Json => {
                        let (problems, normal) = json_checked(&body);
                        found.extend(problems);
                        normal.unwrap_or(body)
                    }
                    _ => {
                        found.extend(pairs(&body));
                        body
                    }
                };
                req.set_payload(Payload::from(body));
            }
            Err(error) => return Ok(req.error_response(error)),
        }
    }
    if !found.is_empty() {
        return Ok(req.error_response(ApiError::Validation(found)));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    Json,
    Form,
    Other,
}

fn body_kind(req: &ServiceRequest) -> Body {
    let kind = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    match kind.as_deref() {
        Some("application/json") => Body::Json,
        Some(other) if other.starts_with("application/") && other.ends_with("+json") => Body::Json,
        Some("application/x-www-form-urlencoded") => Body::Form,
        _ => Body::Other,
    }
}

/// The whole body, up to one byte over the limit (the extractor then
/// answers 413 with its own text).
async fn read(mut payload: Payload) -> Result<Bytes, ApiError> {
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| ApiError::InvalidJson(format!("body: {e}")))?;
        if body.len() + chunk.len() > BODY_LIMIT {
            return Err(ApiError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Problems in `key=value&…` text (a query string or a form body).
fn pairs(text: &[u8]) -> Vec<Violation> {
    let mut found = Vec::new();
    for (key, value) in form_urlencoded::parse(text) {
        let field = if edge::text(&key).is_some() {
            "query"
        } else {
            &key
        };
        let rule = edge::text(&key)
            .or_else(|| edge::text(&value))
            .or_else(|| edge::day_text(&value))
            .or_else(|| {
                edge::is_year_field(&key)
                    .then(|| value.trim().parse::<i64>().ok().and_then(edge::year))
                    .flatten()
            });
        push(&mut found, field, rule);
    }
    found
}

/// Problems anywhere in a JSON document. A body that is not JSON is left
/// to the extractor, which names the parse error.
pub fn json(body: &[u8]) -> Vec<Violation> {
    json_checked(body).0
}

/// The problems of a JSON body, and the body again when a number in it had
/// to be written as an integer: JSON Schema counts `10.0` as the integer
/// 10, and so does HGCS, while the typed fields would refuse it.
fn json_checked(body: &[u8]) -> (Vec<Violation>, Option<Bytes>) {
    let mut found = Vec::new();
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return (found, None);
    };
    walk(&value, "", &mut found);
    let normal = integral(&mut value)
        .then(|| serde_json::to_vec(&value).ok().map(Bytes::from))
        .flatten();
    (found, normal)
}

/// Rewrites whole floating-point numbers as integers; true when any was.
fn integral(value: &mut Value) -> bool {
    match value {
        Value::Number(number) if number.is_f64() => {
            let float = number.as_f64().unwrap_or(f64::NAN);
            // Exactly representable whole numbers only (|x| < 2^53).
            if float.fract() == 0.0 && float.abs() < 9_007_199_254_740_992.0 {
                #[expect(clippy::cast_possible_truncation, reason = "whole and in range")]
                let whole = float as i64;
                *value = Value::from(whole);
                return true;
            }
            false
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |any, item| integral(item) | any),
        Value::Object(members) => members
            .values_mut()
            .fold(false, |any, item| integral(item) | any),
        _ => false,
    }
}

fn walk(value: &Value, path: &str, found: &mut Vec<Violation>) {
    let name = path.rsplit('.').next().unwrap_or(path);
    let name = name.split('[').next().unwrap_or(name);
    match value {
        Value::String(text) => {
            let rule = edge::text(text).or_else(|| edge::day_text(text));
            push(found, path, rule);
        }
        Value::Number(number) if edge::is_year_field(name) => {
            let rule = match number.as_i64() {
                Some(year) => edge::year(year),
                None => Some(Rule::YearOutOfRange),
            };
            push(found, path, rule);
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{index}]"), found);
            }
        }
        Value::Object(members) => {
            for (key, item) in members {
                if edge::text(key).is_some() {
                    push(found, path, Some(Rule::NulCharacter));
                    continue;
                }
                let inner = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(item, &inner, found);
            }
        }
        _ => {}
    }
}

fn push(found: &mut Vec<Violation>, field: &str, rule: Option<Rule>) {
    if let Some(rule) = rule {
        found.push(Violation {
            field: if field.is_empty() { "body" } else { field }.to_owned(),
            rule,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(found: &[Violation]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|v| (v.field.as_str(), v.rule.code()))
            .collect()
    }

    #[test]
    fn json_problems_name_the_field_where_they_are() {
        let body = br#"{"title":"a\u0000b","parties":[{"name":"x","birth_year":-4714}],
            "received_on":"-4714-01-01","note":"\\u0000 is only text","ok":"2025-01-01"}"#;
        assert_eq!(
            fields(&json(body)),
            vec![
                ("parties[0].birth_year", "out_of_range"),
                ("received_on", "out_of_range"),
                ("title", "invalid_character"),
            ]
        );
    }

    #[test]
    fn query_problems_name_the_parameter() {
        assert_eq!(
            fields(&pairs(
                b"year=-4714&on=%2B20000-01-01&q=a%00&state=received"
            )),
            vec![
                ("year", "out_of_range"),
                ("on", "out_of_range"),
                ("q", "invalid_character")
            ]
        );
        assert!(pairs(b"year=2025&on=2025-07-01").is_empty());
    }

    #[test]
    fn whole_numbers_written_as_floats_become_integers() {
        let (found, normal) = json_checked(br#"{"unit_id": 12.0, "share": 0.5, "ids": [1, 2.0]}"#);
        assert!(found.is_empty());
        let normal: Value = serde_json::from_slice(&normal.unwrap_or_default()).unwrap_or_default();
        assert_eq!(
            normal,
            serde_json::json!({"unit_id": 12, "share": 0.5, "ids": [1, 2]})
        );
        assert_eq!(json_checked(br#"{"unit_id": 12}"#).1, None, "left as sent");
        // Parsed exactly (float_roundtrip): the default parser read this
        // as 4338433756570086.5, which is not whole.
        let (_, long) = json_checked(br#"{"id": 4338433756570086.0}"#);
        let long: Value = serde_json::from_slice(&long.unwrap_or_default()).unwrap_or_default();
        assert_eq!(long, serde_json::json!({"id": 4_338_433_756_570_086_i64}));
    }

    #[test]
    fn text_that_is_not_json_is_left_to_the_extractor() {
        assert!(json(b"{\"title\": ").is_empty());
    }
}
