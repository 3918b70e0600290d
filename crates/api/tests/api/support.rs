//! A running HGCS server on its own database, and helpers to talk to it.

use actix_test::TestServer;
use actix_web::http::Method;
use actix_web::http::header::HeaderMap;
use diesel::prelude::*;
use hgcs_api::auth::password::Passwords;
use hgcs_api::config::AuthSettings;
use hgcs_db::schema::organisations;
use hgcs_db::testing::TestDatabase;
use hgcs_db::{PgPool, PoolSettings};
use hgcs_domain::{OrganisationId, Role, UnitId, UserId};
use serde_json::Value;

pub use crate::server::{SECRET, create_user, default_auth, default_pool, serve, unit_id};

pub const PASSWORD: &str = "a long test password";

pub struct TestApp {
    pub db: TestDatabase,
    pub server: TestServer,
    pub passwords: Passwords,
    pub pool: PgPool,
    pub files_dir: std::path::PathBuf,
}

/// An answer: status, headers and the body as JSON (Null when empty).
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    pub fn content_type(&self) -> String {
        self.header("content-type").unwrap_or_default()
    }

    /// Asserts an RFC 9457 problem with this status and code.
    pub fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status, status, "status, body: {}", self.body);
        assert_eq!(
            self.content_type(),
            "application/problem+json",
            "body: {}",
            self.body
        );
        assert_eq!(self.body["code"], code, "body: {}", self.body);
        assert_eq!(self.body["status"], status);
        assert_eq!(self.body["type"], format!("urn:hgcs:problem:{code}"));
        assert!(self.body["title"].as_str().is_some_and(|t| !t.is_empty()));
    }

    /// The `(field, code)` of each violation a 422 lists, in its order.
    pub fn violations(&self) -> Vec<(String, String)> {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| (text(&e["field"]), text(&e["code"])))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The fields a 422 names, in its order.
    pub fn fields(&self) -> Vec<String> {
        self.violations()
            .into_iter()
            .map(|(field, _)| field)
            .collect()
    }

    /// The codes a 422 gives, in its order.
    pub fn codes(&self) -> Vec<String> {
        self.violations()
            .into_iter()
            .map(|(_, code)| code)
            .collect()
    }

    /// The `name=value` part of each Set-Cookie header for `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(|v| v.split(';').next().unwrap_or_default().to_owned())
    }
}

/// How a request authenticates.
#[derive(Clone, Copy)]
pub enum Auth<'a> {
    None,
    Bearer(&'a str),
    Cookie(&'a str),
}

impl TestApp {
    pub async fn start() -> Self {
        Self::start_with(default_auth(), default_pool()).await
    }

    pub async fn start_with(auth: AuthSettings, pool: PoolSettings) -> Self {
        Self::start_serving(std::env::temp_dir().join("hgcs-no-spa"), auth, pool)
    }

    /// Serves the web app from `spa_dir` too.
    pub fn start_serving(
        spa_dir: std::path::PathBuf,
        auth: AuthSettings,
        pool: PoolSettings,
    ) -> Self {
        let served = serve(spa_dir, auth, pool);
        Self {
            db: served.db,
            server: served.server,
            passwords: served.passwords,
            pool: served.pool,
            files_dir: served.files_dir,
        }
    }

    pub fn conn(&self) -> PgConnection {
        self.db.connect()
    }

    /// The id of a seeded unit by its seed key (`12436`, `336`, `13225@2025`).
    pub fn unit(&self, key: &str) -> UnitId {
        unit_id(&mut self.conn(), key)
    }

    /// A province outside Hưng Yên and the units it took over (Nam Định,
    /// seed key `36`) with one ward (`13669`), for "another province sees
    /// none of it".
    pub fn other_province(&self) {
        use diesel::connection::SimpleConnection;
        self.conn()
            .batch_execute(
                "INSERT INTO units (code, name, short_name, level, seed_key) \
                     VALUES ('36', 'Tỉnh Nam Định', 'Nam Định', 'province', '36'); \
                 INSERT INTO units (code, name, short_name, level, kind, parent_id, seed_key) \
                     SELECT '13669', 'Phường Vị Xuyên', 'Vị Xuyên', 'commune', 'phuong', id, '13669' \
                       FROM units WHERE seed_key = '36';",
            )
            .unwrap();
    }

    pub fn organisation(&self, code: &str) -> OrganisationId {
        OrganisationId(
            organisations::table
                .filter(organisations::code.eq(code))
                .select(organisations::id)
                .first(&mut self.conn())
                .unwrap(),
        )
    }

    /// Creates an account with [`PASSWORD`] straight in the database.
    pub fn user(&self, username: &str, role: Role, unit_key: &str) -> UserId {
        create_user(
            &mut self.conn(),
            &self.passwords,
            username,
            role,
            unit_key,
            PASSWORD,
        )
    }

    pub async fn login(&self, username: &str) -> String {
        let reply = self.login_with(username, PASSWORD).await;
        assert_eq!(reply.status, 200, "login {username}: {}", reply.body);
        reply.body["access_token"].as_str().unwrap().to_owned()
    }

    pub async fn login_with(&self, username: &str, password: &str) -> Reply {
        self.send(
            Method::POST,
            "/api/v1/auth/login",
            Auth::None,
            Some(serde_json::json!({ "username": username, "password": password })),
        )
        .await
    }

    pub async fn get(&self, path: &str, auth: Auth<'_>) -> Reply {
        self.send(Method::GET, path, auth, None).await
    }

    pub async fn post(&self, path: &str, auth: Auth<'_>, body: Value) -> Reply {
        self.send(Method::POST, path, auth, Some(body)).await
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        auth: Auth<'_>,
        body: Option<Value>,
    ) -> Reply {
        self.send_with(method, path, auth, body, &[]).await
    }

    /// This server's origin, as its own pages send it.
    pub fn origin(&self) -> String {
        format!("http://{}", self.server.addr())
    }

    /// Sends a request with extra headers, set last (they replace the
    /// `Origin` a cookie request gets).
    pub async fn send_with(
        &self,
        method: Method,
        path: &str,
        auth: Auth<'_>,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self.server.request(method.clone(), self.server.url(path));
        request = match auth {
            Auth::None => request,
            Auth::Bearer(token) => {
                request.insert_header(("Authorization", format!("Bearer {token}")))
            }
            // A browser on this site's pages sends its origin with cookies.
            Auth::Cookie(cookies) => request
                .insert_header(("Cookie", cookies.to_owned()))
                .insert_header(("Origin", self.origin())),
        };
        for (name, value) in headers {
            request = request.insert_header((*name, *value));
        }
        let response = match body {
            Some(json) => request.send_json(&json).await,
            None => request.send().await,
        };
        self.checked(&method, path, response.unwrap()).await
    }

    /// Posts a multipart form: `(part name, file name, content type, bytes)`.
    pub async fn post_multipart(
        &self,
        path: &str,
        auth: Auth<'_>,
        parts: &[(&str, Option<&str>, &str, &[u8])],
    ) -> Reply {
        self.post_multipart_with(path, auth, parts, &[]).await
    }

    /// Like [`post_multipart`](Self::post_multipart), with extra headers.
    pub async fn post_multipart_with(
        &self,
        path: &str,
        auth: Auth<'_>,
        parts: &[(&str, Option<&str>, &str, &[u8])],
        headers: &[(&str, &str)],
    ) -> Reply {
        let boundary = "hgcs-test-boundary-7d1f";
        let mut body = Vec::new();
        for (name, file_name, content_type, bytes) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let disposition = match file_name {
                Some(file) => format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n"
                ),
                None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n"),
            };
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(format!("Content-Type: {content_type}\r\n\r\n").as_bytes());
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut request = self.server.post(path).insert_header((
            "Content-Type",
            format!("multipart/form-data; boundary={boundary}"),
        ));
        request = match auth {
            Auth::None => request,
            Auth::Bearer(token) => {
                request.insert_header(("Authorization", format!("Bearer {token}")))
            }
            Auth::Cookie(cookies) => request
                .insert_header(("Cookie", cookies.to_owned()))
                .insert_header(("Origin", self.origin())),
        };
        for (name, value) in headers {
            request = request.insert_header((*name, *value));
        }
        self.checked(&Method::POST, path, request.send_body(body).await.unwrap())
            .await
    }

    /// Fetches raw bytes (downloads); without a token when `token` is empty.
    pub async fn get_bytes(&self, path: &str, token: &str) -> (u16, HeaderMap, Vec<u8>) {
        let mut request = self.server.get(path);
        if !token.is_empty() {
            request = request.insert_header(("Authorization", format!("Bearer {token}")));
        }
        let mut response = request.send().await.unwrap();
        let body = response
            .body()
            .limit(8 * 1024 * 1024)
            .await
            .unwrap()
            .to_vec();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        crate::contract::check(
            self.server.addr(),
            &Method::GET,
            path,
            status,
            &headers,
            &body,
        );
        (status, headers, body)
    }

    /// Sends raw bytes with a content type, for malformed-body tests.
    pub async fn post_raw(
        &self,
        path: &str,
        token: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let response = self
            .server
            .post(path)
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Content-Type", content_type.to_owned()))
            .send_body(body)
            .await
            .unwrap();
        self.checked(&Method::POST, path, response).await
    }

    /// Reads an answer and checks it against the committed OpenAPI
    /// document (see `contract`).
    async fn checked<S>(
        &self,
        method: &Method,
        path: &str,
        response: awc::ClientResponse<S>,
    ) -> Reply
    where
        S: futures_core::Stream<
                Item = Result<actix_web::web::Bytes, actix_web::error::PayloadError>,
            > + Unpin,
    {
        let (status, headers, bytes) = read_raw(response).await;
        crate::contract::check(self.server.addr(), method, path, status, &headers, &bytes);
        reply(status, headers, &bytes)
    }
}

/// Reads an answer to a request made by hand. It is not checked against
/// the OpenAPI document, which needs the request; `TestApp`'s methods are.
pub async fn read<S>(response: awc::ClientResponse<S>) -> Reply
where
    S: futures_core::Stream<Item = Result<actix_web::web::Bytes, actix_web::error::PayloadError>>
        + Unpin,
{
    let (status, headers, bytes) = read_raw(response).await;
    reply(status, headers, &bytes)
}

async fn read_raw<S>(
    mut response: awc::ClientResponse<S>,
) -> (u16, HeaderMap, actix_web::web::Bytes)
where
    S: futures_core::Stream<Item = Result<actix_web::web::Bytes, actix_web::error::PayloadError>>
        + Unpin,
{
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.body().limit(4 * 1024 * 1024).await.unwrap();
    (status, headers, bytes)
}

fn reply(status: u16, headers: HeaderMap, bytes: &[u8]) -> Reply {
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into()))
    };
    Reply {
        status,
        headers,
        body,
    }
}
