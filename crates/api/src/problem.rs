//! Makes every error answer an RFC 9457 problem in the reader's language:
//! extractor failures, unknown routes, wrong methods, and anything the
//! framework itself answers with an error status.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ResourceDef, ServiceRequest, ServiceResponse};
use actix_web::error::{JsonPayloadError, PayloadError, QueryPayloadError, UrlencodedError};
use actix_web::http::header::{self, HeaderName};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, web};
use hgcs_domain::Lang;
use hgcs_domain::api::problem::PROBLEM_CONTENT_TYPE;
use utoipa::openapi::OpenApi;

use crate::error::ApiError;
use crate::lang;

/// Headers a handler may have set on an error answer that must survive
/// its re-rendering.
const KEPT_HEADERS: [HeaderName; 4] = [
    header::SET_COOKIE,
    header::RETRY_AFTER,
    header::ALLOW,
    header::WWW_AUTHENTICATE,
];

pub async fn render_problems(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let lang = lang::from_headers(req.headers());
    // An error that escapes as `Err` carries no request to answer with; it
    // is turned into our error type so the server renders it as a problem.
    let res = match next.call(req).await {
        Ok(res) => res.map_into_boxed_body(),
        Err(error) if error.as_error::<ApiError>().is_some() => return Err(error),
        Err(error) => {
            return Err(ApiError::from_status(error.as_response_error().status_code()).into());
        }
    };
    let status = res.status();
    if !status.is_client_error() && !status.is_server_error() {
        return Ok(res);
    }
    let own = res
        .response()
        .error()
        .and_then(|e| e.as_error::<ApiError>())
        .cloned();
    let api = match own {
        Some(_) if lang == Lang::default() => return Ok(res),
        Some(api) => api,
        None if is_problem(&res) => return Ok(res),
        None => ApiError::from_status(status),
    };
    let (request, original) = res.into_parts();
    let mut response = api.response(lang);
    for name in KEPT_HEADERS {
        for value in original.headers().get_all(&name) {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    Ok(ServiceResponse::new(request, response))
}

fn is_problem(res: &ServiceResponse<BoxBody>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE))
}

pub fn json_error(error: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let api = match error {
        JsonPayloadError::OverflowKnownLength { .. }
        | JsonPayloadError::Overflow { .. }
        | JsonPayloadError::Payload(PayloadError::Overflow) => ApiError::PayloadTooLarge,
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        JsonPayloadError::Deserialize(cause) => ApiError::InvalidJson(cause.to_string()),
        other => ApiError::InvalidJson(other.to_string()),
    };
    api.into()
}

pub fn form_error(error: UrlencodedError, _req: &HttpRequest) -> actix_web::Error {
    let api = match error {
        UrlencodedError::Overflow { .. } | UrlencodedError::Payload(PayloadError::Overflow) => {
            ApiError::PayloadTooLarge
        }
        UrlencodedError::ContentType => ApiError::UnsupportedMediaType,
        other => ApiError::InvalidJson(other.to_string()),
    };
    api.into()
}

pub fn query_error(error: QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::InvalidQuery(error.to_string()).into()
}

/// A path segment that does not parse (`/units/abc`) names nothing.
pub fn path_error(_error: actix_web::error::PathError, _req: &HttpRequest) -> actix_web::Error {
    ApiError::NotFound.into()
}

/// The documented routes, to tell a wrong method (405) from an unknown
/// path (404). Built from the OpenAPI document, so it cannot drift from
/// the routes.
pub struct RouteTable {
    routes: Vec<(ResourceDef, Vec<String>)>,
}

impl RouteTable {
    pub fn from_openapi(doc: &OpenApi) -> Self {
        let routes = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let mut methods: Vec<String> = Vec::new();
                let operations = [
                    ("GET", &item.get),
                    ("POST", &item.post),
                    ("PUT", &item.put),
                    ("PATCH", &item.patch),
                    ("DELETE", &item.delete),
                ];
                for (name, operation) in operations {
                    if operation.is_some() {
                        methods.push(name.to_owned());
                    }
                }
                (ResourceDef::new(path.as_str()), methods)
            })
            .collect();
        Self { routes }
    }

    pub fn allowed(&self, path: &str) -> Option<Vec<String>> {
        self.routes
            .iter()
            .find(|(def, _)| def.is_match(path))
            .map(|(_, methods)| methods.clone())
    }
}

/// The answer for anything no route took.
pub async fn fallback(
    req: HttpRequest,
    routes: web::Data<RouteTable>,
) -> Result<actix_web::HttpResponse, ApiError> {
    Err(match routes.allowed(req.path()) {
        Some(allow) => ApiError::MethodNotAllowed { allow },
        None => ApiError::NotFound,
    })
}
