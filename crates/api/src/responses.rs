//! The error answers of the API as the OpenAPI document lists them, shared
//! by every handler's `responses(...)`. Each is an RFC 9457 problem.

use std::collections::BTreeMap;

use hgcs_domain::api::problem::PROBLEM_CONTENT_TYPE;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Ref, RefOr, Required, ResponseBuilder, Type};
use utoipa::{IntoParams, IntoResponses};

use crate::files;

fn problem(description: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            PROBLEM_CONTENT_TYPE,
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
        .into()
}

fn problems(codes: &[(&str, &str)]) -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
    codes
        .iter()
        .map(|(status, description)| ((*status).to_owned(), problem(description)))
        .collect()
}

const UNAUTHORIZED: (&str, &str) = ("401", "Not signed in, or the token is expired or invalid");
const FORBIDDEN: (&str, &str) = (
    "403",
    "The caller may not do this, the account is disabled, or a cookie-authenticated change came from another site",
);
const NOT_FOUND: (&str, &str) = ("404", "No such record");
const UNAVAILABLE: (&str, &str) = ("503", "The database is busy or unreachable; retry later");
const TIMEOUT: (&str, &str) = (
    "408",
    "The request (its body included) did not arrive or could not be handled in time",
);

/// Errors any authenticated read can end in.
pub struct ReadErrors;

impl IntoResponses for ReadErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            ("400", "Invalid query parameters"),
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            (
                "422",
                "A query parameter is out of range or holds a NUL character; see `errors`",
            ),
            TIMEOUT,
            UNAVAILABLE,
        ])
    }
}

/// Errors a read open to everyone can end in.
pub struct PublicErrors;

impl IntoResponses for PublicErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            ("400", "Invalid query parameters"),
            (
                "422",
                "A query parameter is out of range or holds a NUL character; see `errors`",
            ),
            TIMEOUT,
            UNAVAILABLE,
        ])
    }
}

/// Errors any authenticated change can end in.
pub struct WriteErrors;

impl IntoResponses for WriteErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            ("400", "The body is not valid JSON, or has unknown fields"),
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            ("409", "Conflicts with an existing record"),
            ("413", "The body is too large"),
            ("415", "The body is not of the documented content type"),
            ("422", "Some fields are invalid; see `errors`"),
            TIMEOUT,
            UNAVAILABLE,
        ])
    }
}

/// Errors of the sign-in endpoints.
pub struct SignInErrors;

impl IntoResponses for SignInErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            ("400", "The body is not valid"),
            ("401", "Wrong credentials"),
            (
                "403",
                "The account is disabled, or the request came from another site",
            ),
            ("413", "The body is too large"),
            ("415", "The body is not of the documented content type"),
            (
                "422",
                "A field is empty or holds a NUL character; see `errors`",
            ),
            ("429", "Too many failed attempts; see Retry-After"),
            TIMEOUT,
            UNAVAILABLE,
        ])
    }
}

/// Errors of the session endpoints (refresh, sign-out) besides their own.
pub struct SessionErrors;

impl IntoResponses for SessionErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            (
                "403",
                "Not a person's account, or sent with the cookie from another site",
            ),
            TIMEOUT,
            UNAVAILABLE,
        ])
    }
}

/// A stored file as downloaded: its own type, one of those uploads accept,
/// named in `Content-Disposition`.
pub struct StoredFile;

impl IntoResponses for StoredFile {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        let binary = || {
            ContentBuilder::new()
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .content_media_type("application/octet-stream")
                        .build(),
                ))
                .build()
        };
        let mut file = ResponseBuilder::new()
            .description("The file, of the type it was stored with")
            .header(
                "Content-Disposition",
                HeaderBuilder::new()
                    .schema(Some(ObjectBuilder::new().schema_type(Type::String).build()))
                    .description(Some("`attachment` with the file's name"))
                    .build(),
            );
        for mime in files::ACCEPTED_TYPES {
            file = file.content(mime, binary());
        }
        let mut all = BTreeMap::from([("200".to_owned(), file.build().into())]);
        all.extend(ReadErrors::responses());
        all
    }
}

/// The throttling answer of an action that checks a password.
pub struct Throttled;

impl IntoResponses for Throttled {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[("429", "Too many failed attempts; see Retry-After")])
    }
}

/// The answers of a change that requires `If-Match` (a `PUT`).
pub struct VersionErrors;

impl IntoResponses for VersionErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            (
                "412",
                "`If-Match` names a version that is no longer current: someone else changed the record; reload it",
            ),
            (
                "428",
                "`If-Match` is missing: send the `ETag` (version) of the record you loaded",
            ),
        ])
    }
}

/// The answer of a change that takes `If-Match` when sent (a `POST` on a record).
pub struct StaleErrors;

impl IntoResponses for StaleErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[(
            "412",
            "`If-Match` names a version that is no longer current: someone else changed the record; reload it",
        )])
    }
}

/// The answer of a method that only numeric ids have (`DELETE
/// /tasks/{id}`): at an address whose id is not a number (`/tasks/due`)
/// the method is not one of those allowed.
pub struct NumericIdOnly;

impl IntoResponses for NumericIdOnly {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[(
            "405",
            "The id is not a number: this address does not take the method (see `Allow`)",
        )])
    }
}

/// An entity tag list as `If-Match` takes it: `*` or strong version tags.
const IF_MATCH_PATTERN: &str = r#"^(\*|"[0-9]+"( *, *"[0-9]+")*)$"#;
/// 1–255 visible ASCII characters.
const IDEMPOTENCY_KEY_PATTERN: &str = "^[!-~]{1,255}$";

fn header(name: &str, required: bool, pattern: &str, description: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .required(if required {
            Required::True
        } else {
            Required::False
        })
        .description(Some(description))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some(pattern)),
        ))
        .build()
}

/// `If-Match` on a change that requires it.
pub struct IfMatchRequired;

impl IntoParams for IfMatchRequired {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![header(
            "If-Match",
            true,
            IF_MATCH_PATTERN,
            "The `ETag` of the record as loaded (`\"7\"`), or `*` for any version; 412 when it is no longer current",
        )]
    }
}

/// `If-Match` on a change that takes it when sent.
pub struct IfMatchOptional;

impl IntoParams for IfMatchOptional {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![header(
            "If-Match",
            false,
            IF_MATCH_PATTERN,
            "The `ETag` of the record as loaded (`\"7\"`); when sent, 412 if it is no longer current",
        )]
    }
}

/// `Idempotency-Key` on a `POST`.
pub struct IdempotencyKey;

impl IntoParams for IdempotencyKey {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![header(
            "Idempotency-Key",
            false,
            IDEMPOTENCY_KEY_PATTERN,
            "A key unique to this submission (1–255 visible ASCII characters, e.g. a UUID). A retry with the same key within 24 hours gets the first successful answer again (with `Idempotent-Replayed: true`) instead of being run twice; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `request_in_progress`",
        )]
    }
}
