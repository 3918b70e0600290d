//! The OpenAPI 3.1 document. Paths and schemas are collected from the
//! handlers' `#[utoipa::path]` attributes as they are registered, so a
//! route cannot exist without its documentation.

use std::collections::BTreeMap;

use actix_web::App;
use hgcs_domain::ErrorCode;
use hgcs_domain::api::problem::{PROBLEM_CONTENT_TYPE, Problem};
use hgcs_domain::validation::FieldError;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{IntoResponses, Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

use crate::handlers;

pub const API_PREFIX: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "HGCS API",
        description = "API of HGCS (Hòa giải cơ sở), the system for grassroots mediation programmes. \
            Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`; \
            their `title` follows `Accept-Language` (vi or en). Browsers authenticate with the \
            HttpOnly cookies set by `/auth/login`; other clients send `Authorization: Bearer`."
    ),
    components(schemas(Problem, FieldError, ErrorCode)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "system", description = "Health and documentation"),
        (name = "auth", description = "Sign-in, sessions and machine-client tokens"),
        (name = "me", description = "The signed-in user"),
        (name = "units", description = "Administrative units and organisations"),
        (name = "plans", description = "Plans, tasks, progress reports with evidence, due and overdue work"),
        (name = "pilots", description = "Pilot models, their evaluation and replication; commendations"),
        (name = "mediation", description = "Teams, mediators, cases and their logbook; personal data stay confidential"),
        (name = "admin", description = "Users, machine clients and the audit log (administrators)"),
    )
)]
pub struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                crate::auth::cookies::ACCESS_COOKIE,
            ))),
        );
    }
}

/// The document as served and committed.
pub fn spec() -> utoipa::openapi::OpenApi {
    let (_, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(scope(API_PREFIX).configure(handlers::routes))
        .split_for_parts();
    api
}

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
    "The caller may not do this, or the account is disabled",
);
const NOT_FOUND: (&str, &str) = ("404", "No such record");
const UNAVAILABLE: (&str, &str) = ("503", "The database is busy or unreachable; retry later");

/// Errors any authenticated read can end in.
pub struct ReadErrors;

impl IntoResponses for ReadErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[
            ("400", "Invalid query parameters"),
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
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
            ("415", "The body is not JSON"),
            ("422", "Some fields are invalid; see `errors`"),
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
            ("403", "The account is disabled"),
            ("422", "A field is empty"),
            ("429", "Too many failed attempts; see Retry-After"),
            UNAVAILABLE,
        ])
    }
}
