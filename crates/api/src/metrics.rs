//! Prometheus metrics, served as text at `/metrics`: requests and their
//! latency by route pattern (never the raw path, so ids cannot multiply
//! the series), method and status; the connection pool's use; sign-in
//! failures and throttled answers.
//!
//! Built on the `prometheus` crate (the Prometheus project's Rust client
//! under tikv): a registry, typed counters and histograms and the text
//! encoder, with no exporter server or runtime of its own.

use std::sync::LazyLock;
use std::time::Duration;

use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::{HttpRequest, HttpResponse, web};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry,
    TextEncoder,
};

use crate::config::IpNet;
use crate::error::ApiError;
use crate::observe::OpsSettings;
use crate::state::AppState;

struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    statements: HistogramVec,
    sign_in_failures: IntCounter,
    throttled: IntCounter,
    pool: IntGaugeVec,
}

#[expect(clippy::expect_used, reason = "fixed metric definitions cannot fail")]
static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let registry = Registry::new_custom(Some("hgcs".into()), None).expect("registry");
    let requests = IntCounterVec::new(
        Opts::new("http_requests_total", "HTTP requests answered"),
        &["method", "route", "status"],
    )
    .expect("requests");
    let latency = HistogramVec::new(
        HistogramOpts::new(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
        ),
        &["method", "route", "status"],
    )
    .expect("latency");
    let statements = HistogramVec::new(
        HistogramOpts::new(
            "db_statements_per_request",
            "Statements sent to PostgreSQL (round trips) to answer a request",
        )
        .buckets(vec![0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 32.0]),
        &["method", "route"],
    )
    .expect("statements");
    let sign_in_failures = IntCounter::new(
        "sign_in_failures_total",
        "Sign-ins refused for a wrong username or password",
    )
    .expect("sign-in failures");
    let throttled = IntCounter::new(
        "throttled_total",
        "Requests refused with 429 (sign-in throttling)",
    )
    .expect("throttled");
    let pool = IntGaugeVec::new(
        Opts::new("db_pool_connections", "Database pool connections by state"),
        &["state"],
    )
    .expect("pool");
    for metric in [
        Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
        Box::new(latency.clone()),
        Box::new(statements.clone()),
        Box::new(sign_in_failures.clone()),
        Box::new(throttled.clone()),
        Box::new(pool.clone()),
    ] {
        registry.register(metric).expect("register");
    }
    Metrics {
        registry,
        requests,
        latency,
        statements,
        sign_in_failures,
        throttled,
        pool,
    }
});

/// Counts one answered request and the statements it sent.
pub fn request(method: &str, route: &str, status: u16, elapsed: Duration, statements: u64) {
    let status = status.to_string();
    let labels = [method, route, status.as_str()];
    METRICS.requests.with_label_values(&labels).inc();
    METRICS
        .latency
        .with_label_values(&labels)
        .observe(elapsed.as_secs_f64());
    #[expect(clippy::cast_precision_loss, reason = "a small count")]
    METRICS
        .statements
        .with_label_values(&[method, route])
        .observe(statements as f64);
}

/// Counts a refusal by its problem code.
pub fn problem(code: &str) {
    match code {
        "invalid_credentials" => METRICS.sign_in_failures.inc(),
        "too_many_requests" => METRICS.throttled.inc(),
        _ => {}
    }
}

/// Who may read the metrics: a caller with the configured token, or else
/// a loopback caller when no proxy sits in front (behind a proxy every
/// caller would look local).
fn may_read(req: &HttpRequest, ops: &OpsSettings, proxies: &[IpNet]) -> bool {
    if let Some(token) = ops.metrics_token.as_deref() {
        let given = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        return constant_time_eq(given.as_bytes(), token.as_bytes());
    }
    // Loopback only, and not through a proxy of ours on the same machine
    // (whose clients all come from loopback).
    req.peer_addr().is_some_and(|peer| {
        let ip = peer.ip().to_canonical();
        ip.is_loopback() && !proxies.iter().any(|net| net.contains(ip))
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `GET /metrics`: the Prometheus text format.
pub async fn serve(
    req: HttpRequest,
    state: web::Data<AppState>,
    ops: Option<web::Data<OpsSettings>>,
) -> Result<HttpResponse, ApiError> {
    let ops = ops.map(|o| o.get_ref().clone()).unwrap_or_default();
    if !may_read(&req, &ops, &state.auth.trusted_proxies) {
        return Err(ApiError::Forbidden);
    }
    let pool = state.pool.state();
    METRICS
        .pool
        .with_label_values(&["idle"])
        .set(i64::from(pool.idle_connections));
    METRICS
        .pool
        .with_label_values(&["in_use"])
        .set(i64::from(pool.connections - pool.idle_connections));
    METRICS
        .pool
        .with_label_values(&["max"])
        .set(i64::from(state.pool.max_size()));
    let mut text = Vec::new();
    TextEncoder::new()
        .encode(&METRICS.registry.gather(), &mut text)
        .map_err(|e| ApiError::Internal(format!("metrics: {e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, prometheus::TEXT_FORMAT))
        .body(text))
}
