//! Versions on the wire: the `ETag` a read answers with (the record's
//! version as a strong entity tag, `"7"`) and the `If-Match` a change sends
//! back. A `PUT` without `If-Match` answers 428; a change whose `If-Match`
//! names a version that is no longer current answers 412. State-changing
//! `POST`s on a record take `If-Match` when sent.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header::{ETAG, HeaderName, IF_MATCH};
use actix_web::{FromRequest, HttpRequest};
use hgcs_db::PgConnection;
use hgcs_db::models::version::{self, Versioned};

use crate::error::ApiError;

/// The `ETag` header for a record at `version`.
pub fn etag(version: i32) -> (HeaderName, String) {
    (ETAG, format!("\"{version}\""))
}

/// The request's `If-Match`, if it sent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IfMatch(Option<Condition>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Condition {
    /// `*`: whatever the current version is.
    Any,
    /// The versions named; a weak or malformed tag never matches.
    Versions(Vec<i32>),
}

impl IfMatch {
    /// Reads the header's entity tags (`"3"`, `"3", "4"`, `*`).
    pub fn parse(values: &[&str]) -> Self {
        if values.is_empty() {
            return IfMatch(None);
        }
        let mut versions = Vec::new();
        for tag in values.iter().flat_map(|value| value.split(',')) {
            let tag = tag.trim();
            if tag == "*" {
                return IfMatch(Some(Condition::Any));
            }
            if let Some(version) = tag
                .strip_prefix('"')
                .and_then(|rest| rest.strip_suffix('"'))
                .and_then(|inner| inner.parse::<i32>().ok())
            {
                versions.push(version);
            }
        }
        IfMatch(Some(Condition::Versions(versions)))
    }

    /// 428 when the request sent no `If-Match`.
    pub fn required(&self) -> Result<&Self, ApiError> {
        match self.0 {
            Some(_) => Ok(self),
            None => Err(ApiError::PreconditionRequired),
        }
    }

    /// Starts a change of the record: checks the request's `If-Match`
    /// against its current version and bumps it in one statement, holding
    /// the row until the transaction ends. 412 when the record has moved
    /// on, 404 when there is no such record. Call it inside the transaction
    /// that writes the change, after the record was found readable.
    pub fn claim(
        &self,
        conn: &mut PgConnection,
        kind: Versioned,
        id: i64,
    ) -> Result<i32, ApiError> {
        let expected = match &self.0 {
            None | Some(Condition::Any) => None,
            Some(Condition::Versions(versions)) => Some(versions.as_slice()),
        };
        match version::claim(conn, kind, id, expected)? {
            Some(version) => Ok(version),
            // 404 when there is no such record, 412 when it moved on.
            None => version::current(conn, kind, id)
                .map_err(ApiError::from)
                .and(Err(ApiError::PreconditionFailed)),
        }
    }
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let values: Vec<&str> = req
            .headers()
            .get_all(IF_MATCH)
            .filter_map(|value| value.to_str().ok())
            .collect();
        ready(Ok(IfMatch::parse(&values)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_strong_tags_star_and_nothing() {
        assert_eq!(IfMatch::parse(&[]), IfMatch(None));
        assert_eq!(IfMatch::parse(&["*"]), IfMatch(Some(Condition::Any)));
        assert_eq!(
            IfMatch::parse(&["\"3\", \"4\""]),
            IfMatch(Some(Condition::Versions(vec![3, 4])))
        );
        assert_eq!(
            IfMatch::parse(&["W/\"3\"", "x"]),
            IfMatch(Some(Condition::Versions(vec![])))
        );
        assert!(IfMatch::parse(&[]).required().is_err());
        assert!(IfMatch::parse(&["\"1\""]).required().is_ok());
    }
}
