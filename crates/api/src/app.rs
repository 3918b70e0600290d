//! Assembles the actix application: configuration of extractors, the
//! middleware stack, the API under /api/v1, its docs and the SPA.

use std::path::PathBuf;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{DefaultHeaders, from_fn};
use actix_web::{App, HttpResponse, web};
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::observe::{self, OpsSettings};
use crate::openapi::{API_PREFIX, ApiDoc};
use crate::problem::{self, RouteTable};
use crate::state::AppState;
use crate::{edge, handlers, idempotency, security, spa};

/// Largest JSON or form body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;

/// What the application is built from; cheap to clone per worker.
#[derive(Clone)]
pub struct Parts {
    pub state: web::Data<AppState>,
    pub routes: web::Data<RouteTable>,
    pub spec: utoipa::openapi::OpenApi,
    pub spa_dir: PathBuf,
    /// Request time limits and who reads `/metrics`.
    pub ops: web::Data<OpsSettings>,
}

impl Parts {
    pub fn new(state: AppState, spa_dir: PathBuf) -> Self {
        let spec = crate::openapi::spec();
        Self {
            state: web::Data::new(state),
            routes: web::Data::new(RouteTable::from_openapi(&spec)),
            spec,
            spa_dir,
            ops: web::Data::new(OpsSettings::default()),
        }
    }
}

pub fn build(
    parts: Parts,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    use utoipa::OpenApi;
    let Parts {
        state,
        routes,
        spec,
        spa_dir,
        ops,
    } = parts;
    App::new()
        .app_data(state)
        .app_data(routes)
        .app_data(ops)
        .app_data(
            web::JsonConfig::default()
                .limit(BODY_LIMIT)
                .error_handler(problem::json_error),
        )
        .app_data(
            web::FormConfig::default()
                .limit(BODY_LIMIT)
                .error_handler(problem::form_error),
        )
        .app_data(web::QueryConfig::default().error_handler(problem::query_error))
        .app_data(web::PathConfig::default().error_handler(problem::path_error))
        .app_data(web::PayloadConfig::default().limit(BODY_LIMIT))
        .wrap(from_fn(edge::guard))
        .wrap(from_fn(observe::deadline))
        .app_data(web::Data::new(security::Policies::for_spa(&spa_dir)))
        .wrap(from_fn(idempotency::replay_retries))
        .wrap(from_fn(problem::render_problems))
        .wrap(from_fn(security::guard))
        .wrap(
            DefaultHeaders::new()
                .add(("X-Content-Type-Options", "nosniff"))
                .add(("X-Frame-Options", "DENY"))
                .add(("Referrer-Policy", "same-origin")),
        )
        .wrap(from_fn(observe::track))
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .map(|app| {
            app.service(
                SwaggerUi::new("/api/docs/{_:.*}").url(format!("{API_PREFIX}/openapi.json"), spec),
            )
            .route(
                "/api/docs",
                web::get().to(|| async {
                    HttpResponse::PermanentRedirect()
                        .insert_header(("Location", "/api/docs/"))
                        .finish()
                }),
            )
        })
        .service(scope(API_PREFIX).configure(handlers::routes))
        .map(|app| {
            let app = app.route("/metrics", web::get().to(crate::metrics::serve));
            let app = app.configure(crate::public_page::routes);
            let app = app.service(web::scope("/api").default_service(web::to(problem::fallback)));
            let app = if spa::is_built(&spa_dir) {
                app.service(spa::files(&spa_dir))
            } else {
                app.route("/", web::get().to(spa::not_built))
            };
            app.default_service(web::to(problem::fallback))
        })
        .into_app()
}
