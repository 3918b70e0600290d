//! The OpenAPI 3.1 document. Paths and schemas are collected from the
//! handlers' `#[utoipa::path]` attributes as they are registered, so a
//! route cannot exist without its documentation.

use actix_web::App;
use hgcs_domain::ErrorCode;
use hgcs_domain::api::mediators::EthnicityGroup;
use hgcs_domain::api::problem::Problem;
use hgcs_domain::reports::CaseResult;
use hgcs_domain::validation::FieldError;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
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
    components(schemas(Problem, FieldError, ErrorCode, CaseResult, EthnicityGroup)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "system", description = "Health and documentation"),
        (name = "auth", description = "Sign-in, sessions and machine-client tokens"),
        (name = "me", description = "The signed-in user"),
        (name = "units", description = "Administrative units and organisations"),
        (name = "plans", description = "Plans, tasks, progress reports with evidence, due and overdue work"),
        (name = "pilots", description = "Pilot models, their evaluation and replication; commendations"),
        (name = "mediation", description = "Teams, mediators, cases and their logbook; personal data stay confidential"),
        (name = "supervision", description = "Supervision by the Fatherland Front and its member organisations: findings on teams, wards' work and plan tasks, and the answers of the wards and the Justice Office"),
        (name = "trainings", description = "Training courses for mediators: sessions, invitations, attendance"),
        (name = "materials", description = "Material sets: print runs, copies handed to wards and teams, receipts"),
        (name = "library", description = "The legal library: documents published to the wards and, without signing in, to the public page and feed; search across the library, questions and courses"),
        (name = "reports", description = "Reporting periods and the indicators computed from the registers"),
        (name = "admin", description = "Users and machine clients (administrators)"),
        (name = "audit", description = "The audit log: who changed or read what, when and from where; the Justice Office reads its city's entries, a ward official the ward's, the administrator all"),
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
    with_day_pattern(api)
}

/// Days in the API are `YYYY-MM-DD` within the calendar the edge keeps
/// (`hgcs_domain::validation::edge::YEARS`, 1900–2199); the document says
/// so on every `format: date` with a pattern, which a generated client or
/// a fuzzer can check without knowing the rule.
pub const DAY_PATTERN: &str =
    "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

fn with_day_pattern(mut api: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::{
        AdditionalProperties, ArrayItems, KnownFormat, Schema, SchemaFormat,
    };
    fn schema(item: &mut RefOr<Schema>) {
        let RefOr::T(inner) = item else { return };
        match inner {
            Schema::Object(object) => {
                if object.format == Some(SchemaFormat::KnownFormat(KnownFormat::Date)) {
                    object.pattern = Some(DAY_PATTERN.to_owned());
                }
                object.properties.values_mut().for_each(schema);
                if let Some(extra) = object.additional_properties.as_deref_mut()
                    && let AdditionalProperties::RefOr(extra) = extra
                {
                    schema(extra);
                }
            }
            Schema::Array(array) => {
                if let ArrayItems::RefOrSchema(items) = &mut array.items {
                    schema(items);
                }
            }
            Schema::OneOf(one) => one.items.iter_mut().for_each(schema),
            Schema::AllOf(all) => all.items.iter_mut().for_each(schema),
            Schema::AnyOf(any) => any.items.iter_mut().for_each(schema),
            _ => {}
        }
    }
    if let Some(components) = api.components.as_mut() {
        components.schemas.values_mut().for_each(schema);
    }
    for item in api.paths.paths.values_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            for parameter in operation.parameters.iter_mut().flatten() {
                if let RefOr::T(parameter) = parameter
                    && let Some(item) = parameter.schema.as_mut()
                {
                    schema(item);
                }
            }
        }
    }
    api
}
