//! Serves the built browser app. Paths that are not files get index.html
//! so deep links (/units/12) open the app, which then routes itself.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, Responder};

use crate::error::ApiError;

pub fn is_built(dir: &Path) -> bool {
    dir.join("index.html").is_file()
}

pub fn files(dir: &Path) -> Files {
    let index: PathBuf = dir.join("index.html");
    Files::new("/", dir)
        .index_file("index.html")
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let looks_like_file = req
                    .path()
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| last.contains('.'));
                if looks_like_file {
                    let response = ApiError::NotFound.error_response_for(&req);
                    return Ok(ServiceResponse::new(req, response));
                }
                let mut response = NamedFile::open_async(index)
                    .await?
                    .respond_to(&req)
                    .map_into_boxed_body();
                response
                    .headers_mut()
                    .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                Ok(ServiceResponse::new(req, response))
            }
        }))
}

/// Shown at / when the app has not been built, instead of a bare 404.
pub async fn not_built() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
        .body(
            "<!doctype html><meta charset=utf-8><title>HGCS</title>\
             <h1>HGCS</h1><p>Giao diện web chưa được build: chạy <code>scripts/build-frontend</code>.</p>\
             <p>The web app is not built yet: run <code>scripts/build-frontend</code>.</p>\
             <p><a href=\"/api/docs/\">API docs</a></p>",
        )
}
