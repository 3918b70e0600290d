//! The JSON body of a request, read as JSON Schema reads it: a number
//! with no fraction (`42.0`, `1e3`) is an integer, so a client whose
//! JSON library writes every number as a float is not refused an id or a
//! count. Size limits, content type and errors are `web::JsonConfig`'s
//! (`app.rs`), so a bad body is the same problem+json as before.

use std::ops::Deref;

use actix_web::dev::Payload;
use actix_web::error::JsonPayloadError;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

use crate::problem;

/// A request body of type `T`, in place of `web::Json<T>`.
pub struct JsonBody<T>(pub T);

impl<T> JsonBody<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for JsonBody<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let value = web::Json::<Value>::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let mut value = value.await?.into_inner();
            integral_numbers(&mut value);
            serde_json::from_value(value)
                .map(JsonBody)
                .map_err(|cause| problem::json_error(JsonPayloadError::Deserialize(cause), &req))
        })
    }
}

/// Rewrites every float with no fraction that fits an `i64` as an integer.
fn integral_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => {
            if let Some(whole) = n.as_f64().and_then(whole_number) {
                *n = Number::from(whole);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_numbers),
        Value::Object(fields) => fields.values_mut().for_each(integral_numbers),
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
}

fn whole_number(x: f64) -> Option<i64> {
    // 2^63 is exactly representable; every float below it in magnitude
    // with no fraction converts to an i64 exactly.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    (x.fract() == 0.0 && (-LIMIT..LIMIT).contains(&x)).then_some(x as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn whole_floats_become_integers_and_fractions_stay() {
        let mut v = json!({"ids": [42.0, -7472148756478.0, 1.5], "n": {"m": 1e3}, "s": "2.0"});
        integral_numbers(&mut v);
        assert_eq!(
            v,
            json!({"ids": [42, -7472148756478_i64, 1.5], "n": {"m": 1000}, "s": "2.0"})
        );
        assert!(v["ids"][0].is_i64());
    }

    #[test]
    fn floats_beyond_i64_stay_floats() {
        assert_eq!(whole_number(1e19), None);
        assert_eq!(whole_number(i64::MIN as f64), Some(i64::MIN));
        assert_eq!(whole_number(f64::NAN), None);
        assert_eq!(whole_number(f64::INFINITY), None);
    }
}
