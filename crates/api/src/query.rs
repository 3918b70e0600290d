//! The query string as a typed value, like `web::Query`, with one
//! difference: where an integer is expected, a whole number written with
//! a zero fraction (`22.0`) is read as that integer. JSON Schema counts
//! `22.0` an integer, so a client generated from the OpenAPI document may
//! send it; JSON bodies are read the same way (`json_body`). Text
//! parameters are never rewritten: `q=22.0` stays "22.0".

use std::borrow::Cow;
use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::error::QueryPayloadError;
use actix_web::{FromRequest, HttpRequest};
use serde::de::value::{Error, MapDeserializer, StringDeserializer};
use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

use crate::problem::query_error;

/// The request's query string read into `T`; a query that does not fit
/// `T` is refused with 400 `invalid_query`.
pub struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Query<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(
            parse(req.query_string())
                .map(Query)
                .map_err(|error| query_error(QueryPayloadError::Deserialize(error), req)),
        )
    }
}

/// `query` (without the `?`) read into `T`.
pub fn parse<T: DeserializeOwned>(query: &str) -> Result<T, Error> {
    let pairs =
        form_urlencoded::parse(query.as_bytes()).map(|(key, value)| (Part(key), Part(value)));
    T::deserialize(MapDeserializer::new(pairs))
}

/// One key or value of the query string.
struct Part<'a>(Cow<'a, str>);

impl<'de> IntoDeserializer<'de, Error> for Part<'_> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl Part<'_> {
    fn text(self) -> StringDeserializer<Error> {
        self.0.into_owned().into_deserializer()
    }

    /// The whole number the text spells, `22` or `22.0` alike.
    fn whole(&self) -> Result<i128, Error> {
        let text = self.0.as_ref();
        let digits = match text.split_once('.') {
            Some((whole, fraction))
                if !fraction.is_empty() && fraction.bytes().all(|b| b == b'0') =>
            {
                whole
            }
            _ => text,
        };
        digits
            .parse()
            .map_err(|_| de::Error::invalid_value(de::Unexpected::Str(text), &"a whole number"))
    }
}

macro_rules! whole_numbers {
    ($($method:ident => $visit:ident as $ty:ty),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                let number = self.whole()?;
                let fits = <$ty>::try_from(number).map_err(|_| {
                    de::Error::invalid_value(de::Unexpected::Str(&self.0), &stringify!($ty))
                })?;
                visitor.$visit(fits)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for Part<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_string(self.0.into_owned())
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_enum(self.text(), name, variants, visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_ref() {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            other => Err(de::Error::invalid_value(
                de::Unexpected::Str(other),
                &"true or false",
            )),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let number: f64 = self
            .0
            .parse()
            .map_err(|_| de::Error::invalid_value(de::Unexpected::Str(&self.0), &"a number"))?;
        visitor.visit_f64(number)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    whole_numbers! {
        deserialize_i8 => visit_i8 as i8,
        deserialize_i16 => visit_i16 as i16,
        deserialize_i32 => visit_i32 as i32,
        deserialize_i64 => visit_i64 as i64,
        deserialize_u8 => visit_u8 as u8,
        deserialize_u16 => visit_u16 as u16,
        deserialize_u32 => visit_u32 as u32,
        deserialize_u64 => visit_u64 as u64,
    }

    forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::parse;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Filter {
        unit_id: Option<i64>,
        days: Option<u32>,
        q: Option<String>,
        closed: Option<bool>,
    }

    #[test]
    fn a_whole_number_with_a_zero_fraction_is_that_integer_and_text_stays_text() {
        assert_eq!(
            parse::<Filter>("unit_id=22.0&days=7.00&q=22.0&closed=true").ok(),
            Some(Filter {
                unit_id: Some(22),
                days: Some(7),
                q: Some("22.0".into()),
                closed: Some(true)
            })
        );
        assert_eq!(
            parse::<Filter>("unit_id=-3").ok().and_then(|f| f.unit_id),
            Some(-3)
        );
        for wrong in [
            "unit_id=22.5",
            "unit_id=22.",
            "days=-1",
            "days=1e3",
            "unit_id=abc",
            "other=1",
            "closed=yes",
        ] {
            assert!(parse::<Filter>(wrong).is_err(), "{wrong}");
        }
        assert!(parse::<Filter>("unit_id=99999999999999999999.0").is_err());
    }
}
